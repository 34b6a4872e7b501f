package org.jgsw.course.domain;

/**
 * One requirement that applies to a person, with what they have against it: which requirement
 * ({@code kind}, for texts in other languages), its {@code name} (such as “年度网络学习”), the
 * requirement sentence, hours required and earned, whether it is met, and the progress for a bar (for
 * the concentrated requirement, the better of hours and days).
 */
public record CreditRequirementProgress(
    Kind kind, String name, String statement, CreditHours required, CreditHours earned, boolean met, Ratio progress) {

  /** The requirements of {@link CreditPolicy}. */
  public enum Kind {
    /** Online learning in the ledger's year, for everyone. */
    ONLINE_YEAR,
    /** Concentrated training in the ledger's year (hours or days), section level and below. */
    CONCENTRATED_YEAR,
    /** All kinds of training within the leaders' window of years ending with the ledger's year. */
    LEADER_WINDOW
  }
}
