package org.jgsw.course.domain;

/** The kinds of notification training produces. */
public enum NotificationKind {
  DEADLINE_APPROACHING("截止提醒"),
  OVERDUE("逾期提醒"),
  /** A course the person owns cites a library document that was repealed. */
  CITATION_REPEALED("引用资料已废止");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
