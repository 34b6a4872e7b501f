package org.jgsw.course.domain;

/** The identity of a course: how other modules and the portal refer to it. Always positive. */
public record CourseId(long value) {

  public CourseId {
    if (value <= 0) {
      throw new IllegalArgumentException("课程编号必须为正整数，实际为 " + value);
    }
  }

  public static CourseId of(long value) {
    return new CourseId(value);
  }
}
