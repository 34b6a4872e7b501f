package org.jgsw.competency.domain;

/** The family a competency belongs to; {@link #label()} is the name shown to users. */
public enum CompetencyFamily {
  GENERAL("通用能力"),
  PROFESSIONAL("专业技能");

  private final String label;

  CompetencyFamily(String label) {
    this.label = label;
  }

  /** The Chinese name shown in the UI and in reports. */
  public String label() {
    return label;
  }
}
