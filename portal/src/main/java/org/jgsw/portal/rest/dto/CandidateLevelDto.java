package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/** A current level of a competency and the evidence behind it (null when only self-assessed without evidence). */
@JsonbNillable
public record CandidateLevelDto(String competency, int level, boolean proven, MatchingEvidenceDto evidence) {}
