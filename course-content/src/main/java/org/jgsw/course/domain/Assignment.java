package org.jgsw.course.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A course assigned to a person by a training plan (指派), with its deadline. Created only by
 * {@link TrainingPlan#syncAssignments}. A person who leaves the plan's target keeps the assignment,
 * marked {@link #leftOn() left}, so their history stays; if they come back it is active again.
 *
 * <p>The {@link #statusOn status} is computed, never stored: COMPLETED once the person's enrolment in
 * the course is completed (even late); otherwise OVERDUE for a required course after its deadline;
 * otherwise IN_PROGRESS once started, else NOT_STARTED. Electives are never overdue.
 */
public final class Assignment {

  private final AssignmentId id;
  private final boolean required;
  private final LocalDate deadline;
  private final LocalDate assignedOn;
  private LocalDate leftOn;

  Assignment(AssignmentId id, boolean required, LocalDate deadline, LocalDate assignedOn, LocalDate leftOn) {
    this.id = Objects.requireNonNull(id, "id");
    this.required = required;
    this.deadline = Objects.requireNonNull(deadline, "截止日期不能为空");
    this.assignedOn = Objects.requireNonNull(assignedOn, "assignedOn");
    this.leftOn = leftOn;
  }

  /** Rebuilds a stored assignment; for repositories only. */
  public static Assignment restore(
      AssignmentId id, boolean required, LocalDate deadline, LocalDate assignedOn, LocalDate leftOn) {
    return new Assignment(id, required, deadline, assignedOn, leftOn);
  }

  public AssignmentStatus statusOn(LocalDate today, ProgressState progress) {
    if (progress == ProgressState.COMPLETED) {
      return AssignmentStatus.COMPLETED;
    }
    if (required && today.isAfter(deadline)) {
      return AssignmentStatus.OVERDUE;
    }
    return progress == ProgressState.STARTED ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.NOT_STARTED;
  }

  public AssignmentStatus status(Clock clock, ProgressState progress) {
    return statusOn(LocalDate.now(clock), progress);
  }

  void markLeft(LocalDate date) {
    if (leftOn == null) {
      leftOn = date;
    }
  }

  void rejoin() {
    leftOn = null;
  }

  public AssignmentId id() {
    return id;
  }

  public String personId() {
    return id.personId();
  }

  public CourseId course() {
    return id.course();
  }

  public TrainingPlanId plan() {
    return id.plan();
  }

  public boolean required() {
    return required;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public LocalDate assignedOn() {
    return assignedOn;
  }

  /** When the person left the plan's target, if they have (history kept). */
  public Optional<LocalDate> leftOn() {
    return Optional.ofNullable(leftOn);
  }

  /** Whether the person is still in the plan's target. */
  public boolean isActive() {
    return leftOn == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assignment a && id.equals(a.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Assignment[" + id + ", due " + deadline + (leftOn == null ? "" : ", left " + leftOn) + "]";
  }
}
