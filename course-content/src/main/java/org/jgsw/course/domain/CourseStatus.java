package org.jgsw.course.domain;

/** Where a course version is in its life: drafted, then published, then archived. */
public enum CourseStatus {
  /** Being written; only the owner and training administrators see it. */
  DRAFT("草稿"),
  /** Open for enrolment; never changed again — editing creates the next version. */
  PUBLISHED("已发布"),
  /** No longer open for new enrolments; people already enrolled in this version may finish it. */
  ARCHIVED("已归档");

  private final String label;

  CourseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
