package org.jgsw.course.domain;

import java.util.Objects;

/**
 * An assignment's natural identity: one plan, one person, one course. Because it is natural,
 * re-running assignment creation can never duplicate an assignment.
 */
public record AssignmentId(TrainingPlanId plan, String personId, CourseId course) {

  public AssignmentId {
    Objects.requireNonNull(plan, "plan");
    personId = Texts.required(personId, "人员编号不能为空");
    Objects.requireNonNull(course, "course");
  }
}
