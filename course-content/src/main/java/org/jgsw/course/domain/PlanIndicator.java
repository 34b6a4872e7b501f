package org.jgsw.course.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A Level-4 (results) indicator a plan names and the unit tracks, such as 满意度测评得分 or 人均能耗,
 * with its value before the training and, once measured, after. {@code higherIsBetter} says which
 * direction is an improvement (false for energy use).
 */
public record PlanIndicator(String name, String unitOfMeasure, BigDecimal before, BigDecimal after, boolean higherIsBetter) {

  public PlanIndicator {
    name = Texts.required(name, "指标名称不能为空");
    unitOfMeasure = Texts.optional(unitOfMeasure);
    if (before == null) {
      throw new IllegalArgumentException("指标「" + name + "」必须填写培训前的数值");
    }
  }

  /** This indicator with its value after the training. */
  public PlanIndicator measuredAfter(BigDecimal value) {
    return new PlanIndicator(name, unitOfMeasure, before, value, higherIsBetter);
  }

  /** After − before, once measured. */
  public Optional<BigDecimal> change() {
    return Optional.ofNullable(after).map(a -> a.subtract(before));
  }

  /** Whether the indicator moved in the good direction, once measured. */
  public Optional<Boolean> improved() {
    return change().map(c -> higherIsBetter ? c.signum() > 0 : c.signum() < 0);
  }
}
