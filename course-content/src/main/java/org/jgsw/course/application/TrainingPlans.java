package org.jgsw.course.application;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.AssignmentSync;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;

/** Training administrators' use cases for plans and their assignments. */
public interface TrainingPlans {

  TrainingPlan save(@NotNull TrainingPlan plan);

  /** Publishes a draft plan and assigns its courses to everyone in its target. */
  AssignmentSync publish(@NotNull TrainingPlanId plan);

  /** Brings a published plan's assignments in line with its target now (newcomers, leavers); idempotent. */
  AssignmentSync syncAssignments(@NotNull TrainingPlanId plan);

  /** Every assignment of a plan with its status today. */
  Map<Assignment, AssignmentStatus> progress(@NotNull TrainingPlanId plan);
}
