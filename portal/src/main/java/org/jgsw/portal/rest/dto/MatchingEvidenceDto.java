package org.jgsw.portal.rest.dto;

import java.time.LocalDate;

/** The evidence that decided an assessed level: source code and label, level, date, recorder, detail. */
public record MatchingEvidenceDto(String source, String sourceLabel, int level, LocalDate date, String recordedBy, String detail) {}
