package org.jgsw.course.domain;

/** The kinds of notification training produces. */
public enum NotificationKind {
  DEADLINE_APPROACHING("截止提醒"),
  OVERDUE("逾期提醒");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
