package org.jgsw.competency.domain;

/**
 * Highest education completed, ordered from lowest to highest, so a hard condition “本科及以上” is met
 * by {@link #isAtLeast(EducationLevel) isAtLeast(BACHELOR)}. This module's own scale; the portal maps
 * its person records onto it.
 */
public enum EducationLevel {
  HIGH_SCHOOL("高中（中专）"),
  JUNIOR_COLLEGE("大专"),
  BACHELOR("本科"),
  MASTER("硕士研究生"),
  DOCTORATE("博士研究生");

  private final String label;

  EducationLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isAtLeast(EducationLevel minimum) {
    return compareTo(minimum) >= 0;
  }
}
