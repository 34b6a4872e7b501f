package org.jgsw.portal.training;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jgsw.course.application.TrainingPlans;
import org.jgsw.course.domain.TrainingPlan;

/**
 * Keeps published plans in line with the organisation: every hour each published plan's target is
 * worked out again, so people who joined a targeted unit or post get the plan's courses (with the
 * newcomer deadline rule) and people who left keep their history. Idempotent; also on the plans page.
 */
@Singleton
public class PlanAssignmentSync {

  private static final Logger LOG = Logger.getLogger(PlanAssignmentSync.class.getName());

  @Inject JpaTrainingPlanRepository plans;
  @Inject TrainingPlans trainingPlans;

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void syncAll() {
    for (TrainingPlan p : plans.findPublished()) {
      try {
        var sync = trainingPlans.syncAssignments(p.id());
        if (!sync.isEmpty()) {
          LOG.info(() -> "Plan " + p.id().value() + " synced: " + sync.created().size() + " created, " + sync.left().size() + " left");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not sync plan " + p.id().value(), e);
      }
    }
  }
}
