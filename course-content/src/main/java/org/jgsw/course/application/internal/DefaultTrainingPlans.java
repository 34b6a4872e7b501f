package org.jgsw.course.application.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jgsw.course.application.NotFoundException;
import org.jgsw.course.application.TrainingPlans;
import org.jgsw.course.application.port.PlanAudience;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentRepository;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.AssignmentSync;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentRepository;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.course.domain.TrainingPlanRepository;

/** Coordinates plan publication and assignment sync; the rules are in {@link TrainingPlan}. */
public class DefaultTrainingPlans implements TrainingPlans {

  private static final System.Logger LOG = System.getLogger(DefaultTrainingPlans.class.getName());

  private final TrainingPlanRepository plans;
  private final AssignmentRepository assignments;
  private final EnrolmentRepository enrolments;
  private final PlanAudience audience;
  private final Clock clock;

  public DefaultTrainingPlans(
      TrainingPlanRepository plans, AssignmentRepository assignments, EnrolmentRepository enrolments,
      PlanAudience audience, Clock clock) {
    this.plans = Objects.requireNonNull(plans);
    this.assignments = Objects.requireNonNull(assignments);
    this.enrolments = Objects.requireNonNull(enrolments);
    this.audience = Objects.requireNonNull(audience);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public TrainingPlan save(TrainingPlan plan) {
    plans.store(plan);
    return plan;
  }

  @Override
  public AssignmentSync publish(TrainingPlanId id) {
    TrainingPlan published = load(id).publish(LocalDate.now(clock));
    plans.store(published);
    return sync(published);
  }

  @Override
  public AssignmentSync syncAssignments(TrainingPlanId id) {
    return sync(load(id));
  }

  @Override
  public Map<Assignment, AssignmentStatus> progress(TrainingPlanId id) {
    LocalDate today = LocalDate.now(clock);
    Map<Assignment, AssignmentStatus> statuses = new LinkedHashMap<>();
    for (Assignment a : assignments.findByPlan(id)) {
      statuses.put(a, a.statusOn(today, Enrolment.progressOf(enrolments.findByPersonAndCourse(a.personId(), a.course()))));
    }
    return statuses;
  }

  private AssignmentSync sync(TrainingPlan plan) {
    AssignmentSync result = plan.syncAssignments(
        audience.membersOf(plan.target()), assignments.findByPlan(plan.id()), LocalDate.now(clock));
    assignments.storeAll(result.changed());
    LOG.log(result.isEmpty() ? Level.DEBUG : Level.INFO, "Plan {0}: {1} assignments created, {2} left, {3} rejoined", plan.id().value(),
        result.created().size(), result.left().size(), result.rejoined().size());
    return result;
  }

  private TrainingPlan load(TrainingPlanId id) {
    return plans.find(id).orElseThrow(() -> new NotFoundException("没有培训计划 " + id.value()));
  }
}
