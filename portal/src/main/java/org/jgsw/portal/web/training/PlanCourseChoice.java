package org.jgsw.portal.web.training;

import java.io.Serializable;

/** A course of the special plan being composed from gaps: kept or not, required or elective. */
public final class PlanCourseChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long courseId;
  private final String title;
  private final String reason;
  private boolean included = true;
  private boolean required = true;

  PlanCourseChoice(long courseId, String title, String reason) {
    this.courseId = courseId;
    this.title = title;
    this.reason = reason;
  }

  public long getCourseId() { return courseId; }
  public String getTitle() { return title; }
  public String getReason() { return reason; }
  public boolean isIncluded() { return included; }
  public void setIncluded(boolean included) { this.included = included; }
  public boolean isRequired() { return required; }
  public void setRequired(boolean required) { this.required = required; }
}
