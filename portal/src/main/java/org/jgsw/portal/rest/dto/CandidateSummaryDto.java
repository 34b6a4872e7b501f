package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/** A candidate in a list: no personal details beyond name and channel. */
@JsonbNillable
public record CandidateSummaryDto(long id, String personId, String candidateNo, String name, String channel, String targetPost) {}
