package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One requirement of a person's fit: {@code points} = pointsGained − pointsLost (as a share of 1, so
 * fit = 1 + Σ points when over-qualification does not compensate); {@code evidence} null when the
 * level is missing.
 */
@JsonbNillable
public record MatchingBreakdownDto(String competency, String name, int required, int assessed, double weight, boolean mustHave,
    double points, double pointsLost, double pointsGained, boolean proven, boolean missing, MatchingEvidenceDto evidence) {}
