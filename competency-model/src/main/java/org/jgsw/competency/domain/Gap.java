package org.jgsw.competency.domain;

import java.util.Comparator;

/**
 * One competency in which a person falls short of their post model (差距): required vs. current level
 * and the requirement's weight. {@link #priority()} = size × weight orders what to train first.
 *
 * @param current the current level, 0 when {@code missing}
 * @param proven whether the current level is backed by verified evidence
 */
public record Gap(
    CompetencyCode competency,
    String name,
    int required,
    int current,
    boolean missing,
    boolean proven,
    double weight,
    boolean mustHave) {

  /** Highest gap × weight first; then must-haves, larger gaps, and code, so the order is stable. */
  public static final Comparator<Gap> PRIORITY_ORDER =
      Comparator.comparingDouble(Gap::priority)
          .reversed()
          .thenComparing(Gap::mustHave, Comparator.reverseOrder())
          .thenComparing(Gap::size, Comparator.reverseOrder())
          .thenComparing(g -> g.competency().value());

  /** Levels missing: required − current (always ≥ 1). */
  public int size() {
    return required - current;
  }

  /** size × weight, the order in which gaps are shown and training is recommended. */
  public double priority() {
    return size() * weight;
  }
}
