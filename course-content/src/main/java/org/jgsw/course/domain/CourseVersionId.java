package org.jgsw.course.domain;

import java.util.Objects;

/**
 * One version of a course. Enrolments pin it, so people half-way through a course keep the lessons
 * they started with when a published course is edited (which creates the next version).
 */
public record CourseVersionId(CourseId course, int version) {

  public CourseVersionId {
    Objects.requireNonNull(course, "课程编号不能为空");
    if (version < 1) {
      throw new IllegalArgumentException("课程版本号必须从 1 开始，实际为 " + version);
    }
  }

  public static CourseVersionId of(long course, int version) {
    return new CourseVersionId(CourseId.of(course), version);
  }

  public CourseVersionId next() {
    return new CourseVersionId(course, version + 1);
  }

  @Override
  public String toString() {
    return course.value() + " v" + version;
  }
}
