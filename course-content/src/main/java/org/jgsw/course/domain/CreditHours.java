package org.jgsw.course.domain;

import java.math.BigDecimal;

/**
 * An amount of training credit, in 学时, with one decimal place (for example {@code 1.5}).
 *
 * <p>Never negative. Amounts with more precision than one decimal place are rejected rather than
 * rounded, so that a ledger never silently gains or loses credit; {@code 2.50} is accepted as
 * {@code 2.5}. Two amounts are equal when their values are equal.
 */
public record CreditHours(BigDecimal value) implements Comparable<CreditHours> {

  public static final CreditHours ZERO = new CreditHours(BigDecimal.ZERO);

  public CreditHours {
    if (value == null) {
      throw new IllegalArgumentException("学时不能为空");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("学时不能为负数，实际为 " + value.toPlainString());
    }
    try {
      // Normalised to scale 1 so that equals() and hashCode() do not depend on how it was written.
      value = value.setScale(1);
    } catch (ArithmeticException tooPrecise) {
      throw new IllegalArgumentException("学时最多保留一位小数，实际为 " + value.toPlainString());
    }
  }

  /** Parses text such as {@code "1.5"} or {@code " 2 "}. */
  public static CreditHours of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("学时不能为空");
    }
    try {
      return new CreditHours(new BigDecimal(value.strip()));
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("学时格式不正确：" + value);
    }
  }

  /** Converts through the shortest decimal text of {@code value}, so {@code 0.1} is exactly 0.1. */
  public static CreditHours of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("学时格式不正确：" + value);
    }
    return new CreditHours(BigDecimal.valueOf(value));
  }

  public CreditHours plus(CreditHours other) {
    return new CreditHours(value.add(other.value));
  }

  /** Whether this amount reaches {@code required}, for example a plan's required credit. */
  public boolean isAtLeast(CreditHours required) {
    return compareTo(required) >= 0;
  }

  @Override
  public int compareTo(CreditHours other) {
    return value.compareTo(other.value);
  }

  /** The amount as plain text, such as {@code 1.5}, ready to show next to "学时". */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
