package org.jgsw.course.domain;

/**
 * The cadre category that decides a person's credit-hour requirement; the portal knows it (from
 * rank) and passes it in.
 */
public enum PersonCategory {
  /** 领导干部: 550 学时 in a five-year window (plus the yearly online minimum). */
  LEADER("领导干部"),
  /** 科级及以下: 90 学时 or 12 days of concentrated training a year (plus the online minimum). */
  SECTION_AND_BELOW("科级及以下干部");

  private final String label;

  PersonCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
