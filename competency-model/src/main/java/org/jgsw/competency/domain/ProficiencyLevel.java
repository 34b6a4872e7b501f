package org.jgsw.competency.domain;

/**
 * How well a person masters a competency, or how well a post requires it: an integer from
 * {@value #MIN} (入门) to {@value #MAX} (精通).
 *
 * <p>Levels are ordered, so a person meets a requirement when their level {@link #isAtLeast is at
 * least} the required one.
 */
public record ProficiencyLevel(int value) implements Comparable<ProficiencyLevel> {

  public static final int MIN = 1;
  public static final int MAX = 5;

  public ProficiencyLevel {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException(
          "熟练等级必须在 " + MIN + " 到 " + MAX + " 之间，实际为 " + value);
    }
  }

  public static ProficiencyLevel of(int value) {
    return new ProficiencyLevel(value);
  }

  /** Whether this level meets or exceeds {@code required}. */
  public boolean isAtLeast(ProficiencyLevel required) {
    return value >= required.value;
  }

  @Override
  public int compareTo(ProficiencyLevel other) {
    return Integer.compare(value, other.value);
  }
}
