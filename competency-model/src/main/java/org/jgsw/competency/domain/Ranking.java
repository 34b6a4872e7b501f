package org.jgsw.competency.domain;

import java.util.List;

/**
 * The people matched to one post model version: the best eligible ones, ranked, each with a full
 * breakdown; and every ineligible person, apart, with the reasons.
 *
 * @param formula the fit formula that applies to this model, in Chinese
 * @param evaluatedCount how many people were matched
 * @param eligibleCount how many of them are eligible (may exceed {@code ranked.size()})
 * @param ranked the top eligible people, best first
 * @param ineligible the ineligible people, by name then ID: all of them, or the first ones when the
 *     caller asked for at most so many (see {@code ineligibleCount})
 * @param ineligibleCount how many people are ineligible
 */
public record Ranking(
    PostModelId model,
    String formula,
    int evaluatedCount,
    int eligibleCount,
    List<RankedCandidate> ranked,
    List<IneligibleCandidate> ineligible,
    int ineligibleCount) {

  public Ranking {
    ranked = List.copyOf(ranked);
    ineligible = List.copyOf(ineligible);
  }
}
