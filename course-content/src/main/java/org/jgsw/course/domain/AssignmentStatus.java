package org.jgsw.course.domain;

/** An assignment's status on a given day, computed from progress, deadline and that day. */
public enum AssignmentStatus {
  NOT_STARTED("未开始"),
  IN_PROGRESS("学习中"),
  COMPLETED("已完成"),
  /** A required course not completed after its deadline; shown in red. */
  OVERDUE("已逾期");

  private final String label;

  AssignmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
