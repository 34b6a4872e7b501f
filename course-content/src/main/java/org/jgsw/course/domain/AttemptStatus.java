package org.jgsw.course.domain;

/** Where an attempt stands at a given moment. */
public enum AttemptStatus {
  IN_PROGRESS("答题中"),
  SUBMITTED("已交卷"),
  /** Started, not submitted, and past its time limit and grace: it counts as a used attempt. */
  TIMED_OUT("超时未交卷");

  private final String label;

  AttemptStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
