package org.jgsw.course.domain;

/** The kind of a training plan; {@link #label()} is the name shown to users. */
public enum PlanKind {
  /** A plan for everyone in scope, such as the yearly general training. */
  GENERAL("通用培训计划"),
  /** A plan for a particular topic, post or group of people. */
  SPECIAL("专项培训计划");

  private final String label;

  PlanKind(String label) {
    this.label = label;
  }

  /** The Chinese name shown in the UI and in reports. */
  public String label() {
    return label;
  }
}
