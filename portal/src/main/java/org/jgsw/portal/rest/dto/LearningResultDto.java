package org.jgsw.portal.rest.dto;

import java.math.BigDecimal;

/** A scored attempt; courseCompleted tells whether passing completed the course. */
public record LearningResultDto(long quiz, int attempt, int earned, int max, BigDecimal percent, boolean passed, boolean courseCompleted) {}
