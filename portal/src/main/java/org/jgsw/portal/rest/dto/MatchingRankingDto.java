package org.jgsw.portal.rest.dto;

import java.util.List;

/**
 * A ranking against one model version: best fit first; the ineligible apart (at most {@code limit}
 * of them, by name; {@code ineligibleCount} says how many there are).
 */
public record MatchingRankingDto(String model, String post, int version, String formula, int evaluated, int eligible, int ineligibleCount,
    long millis,
    int sqlStatements, List<MatchingRankedDto> ranked, List<MatchingIneligibleDto> ineligible) {}
