package org.jgsw.course.domain;

import java.util.List;

/**
 * What {@link TrainingPlan#syncAssignments} changed: assignments created for people new to the
 * target, marked left for people no longer in it, and reactivated for people who came back. Empty
 * when nothing changed (running it again changes nothing).
 */
public record AssignmentSync(List<Assignment> created, List<Assignment> left, List<Assignment> rejoined) {

  public AssignmentSync {
    created = List.copyOf(created);
    left = List.copyOf(left);
    rejoined = List.copyOf(rejoined);
  }

  public boolean isEmpty() {
    return created.isEmpty() && left.isEmpty() && rejoined.isEmpty();
  }

  /** Every assignment to store. */
  public List<Assignment> changed() {
    return java.util.stream.Stream.of(created, left, rejoined).flatMap(List::stream).toList();
  }
}
