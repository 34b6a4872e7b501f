package org.jgsw.course.domain;

/** The identity of a training plan. Always positive. */
public record TrainingPlanId(long value) {

  public TrainingPlanId {
    if (value <= 0) {
      throw new IllegalArgumentException("培训计划编号必须为正整数，实际为 " + value);
    }
  }

  public static TrainingPlanId of(long value) {
    return new TrainingPlanId(value);
  }
}
