package org.jgsw.course.domain;

/** Where credit hours come from. */
public enum CreditKind {
  /** Online study: completed courses in this portal. */
  ONLINE("网络学习"),
  /** Concentrated (offline) training: classes, 专题班, recorded by training administrators. */
  CONCENTRATED("集中培训");

  private final String label;

  CreditKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
