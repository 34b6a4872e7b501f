package org.jgsw.course.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A part of a whole — lessons done of lessons, hours earned of hours required, completed of assigned —
 * for progress bars and reports. With a zero whole it is {@link #isEmpty() empty} (shown as “—”) and
 * its percent is 0.
 */
public record Ratio(BigDecimal part, BigDecimal whole) {

  public Ratio {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    if (part.signum() < 0 || whole.signum() < 0) {
      throw new IllegalArgumentException("比例的分子、分母不能为负数");
    }
  }

  public static Ratio of(long part, long whole) {
    return new Ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  public static Ratio of(CreditHours part, CreditHours whole) {
    return new Ratio(part.value(), whole.value());
  }

  public boolean isEmpty() {
    return whole.signum() == 0;
  }

  /** The percentage with one decimal, half up; may exceed 100 (for example hours over requirement). */
  public BigDecimal percent() {
    if (isEmpty()) {
      return BigDecimal.ZERO.setScale(1);
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }

  /** The percentage capped at 100, for the width of a progress bar. */
  public BigDecimal barPercent() {
    BigDecimal p = percent();
    return p.compareTo(BigDecimal.valueOf(100)) > 0 ? BigDecimal.valueOf(100).setScale(1) : p;
  }

  public boolean isComplete() {
    return !isEmpty() && part.compareTo(whole) >= 0;
  }

  @Override
  public String toString() {
    return part.stripTrailingZeros().toPlainString() + "/" + whole.stripTrailingZeros().toPlainString();
  }
}
