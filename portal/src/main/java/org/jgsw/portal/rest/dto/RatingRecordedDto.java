package org.jgsw.portal.rest.dto;

/** A rating as recorded, and the person's current level of that competency afterwards. */
public record RatingRecordedDto(String personId, MatchingEvidenceDto recorded, CurrentLevelDto current, String rule) {}
