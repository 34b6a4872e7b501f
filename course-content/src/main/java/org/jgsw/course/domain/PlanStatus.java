package org.jgsw.course.domain;

/** Where a training plan is in its life. */
public enum PlanStatus {
  DRAFT("草稿"),
  /** Assignments exist and are kept in sync with the target. */
  PUBLISHED("已发布"),
  /** Finished: no more assignments are created; history stays. */
  CLOSED("已结束");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
