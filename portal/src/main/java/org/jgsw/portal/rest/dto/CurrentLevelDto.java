package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/** A person's current level of one competency as the current-level rule decides it, with the evidence that decided it. */
@JsonbNillable
public record CurrentLevelDto(String competency, int level, boolean proven, MatchingEvidenceDto evidence) {}
