package org.jgsw.portal.organisation;

/** Discipline family (学科门类) of a person's major, used for a post's hard conditions. */
public enum MajorFamily {
  MANAGEMENT,
  ECONOMICS,
  LAW,
  ENGINEERING,
  SCIENCE,
  LITERATURE,
  EDUCATION,
  MEDICINE,
  AGRICULTURE,
  ARTS,
  HISTORY,
  PHILOSOPHY,
  MILITARY,
  OTHER
}
