package org.jgsw.portal.rest.dto;

import java.util.List;

/** An eligible person in a ranking, with the full breakdown of their fit. */
public record MatchingRankedDto(int rank, String personId, String name, String channel, double fit, int unproven,
    List<MatchingBreakdownDto> breakdown) {}
