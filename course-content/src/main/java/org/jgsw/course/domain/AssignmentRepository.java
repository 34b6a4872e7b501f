package org.jgsw.course.domain;

import java.util.Collection;
import java.util.List;

public interface AssignmentRepository {

  List<Assignment> findByPlan(TrainingPlanId plan);

  List<Assignment> findByPerson(String personId);

  /** Inserts new assignments and updates existing ones, by {@link AssignmentId}. */
  void storeAll(Collection<Assignment> assignments);
}
