package org.jgsw.competency.domain;

import java.util.List;

/**
 * How well one person fits one post model version (匹配结果), explained: eligibility with every
 * reason, the fit score and all its parts, and a breakdown per requirement in model order.
 *
 * <p>The parts add up: {@code fit = 1 − pointsLost + offsetPoints}; {@code pointsLost} is the sum
 * of the breakdown's {@code pointsLost}; {@code surplusPoints} the sum of its {@code pointsGained};
 * {@code offsetPoints = min(surplusPoints, pointsLost / 2)}; see {@link FitFormula}. The fit is
 * computed for ineligible people too, for information, but they are never ranked.
 *
 * @param model which model version was used
 * @param reasons why the person is ineligible (must-haves first, then hard conditions); empty when eligible
 * @param requiredPointsTotal W = Σ w·r of the model
 * @param unprovenCount requirements whose level is only self-assessed or without evidence
 * @param missingCount requirements for which the person has no level at all
 */
public record FitResult(
    PostModelId model,
    String personId,
    String name,
    String channel,
    boolean eligible,
    List<String> reasons,
    double fit,
    double requiredPointsTotal,
    double pointsLost,
    double surplusPoints,
    double offsetPoints,
    int unprovenCount,
    int missingCount,
    List<RequirementFit> breakdown) {

  public FitResult {
    reasons = List.copyOf(reasons);
    breakdown = List.copyOf(breakdown);
  }
}
