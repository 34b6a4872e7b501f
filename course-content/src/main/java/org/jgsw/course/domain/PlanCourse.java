package org.jgsw.course.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A course in a training plan: required (必修) or elective (选修), with its own deadline if any. */
public record PlanCourse(CourseId course, boolean required, LocalDate deadline) {

  public PlanCourse {
    Objects.requireNonNull(course, "course");
  }

  public static PlanCourse required(CourseId course) {
    return new PlanCourse(course, true, null);
  }

  public static PlanCourse required(CourseId course, LocalDate deadline) {
    return new PlanCourse(course, true, deadline);
  }

  public static PlanCourse elective(CourseId course) {
    return new PlanCourse(course, false, null);
  }

  public Optional<LocalDate> ownDeadline() {
    return Optional.ofNullable(deadline);
  }
}
