package org.jgsw.course.testdata;

import java.time.LocalDate;
import java.util.List;
import org.jgsw.course.domain.PlanCourse;
import org.jgsw.course.domain.PlanKind;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;

/** Named sample plans for 2025. */
public final class SamplePlans {

  public static final TrainingPlanId VEHICLE_SPECIAL = TrainingPlanId.of(100);
  public static final LocalDate PLAN_DEADLINE = LocalDate.of(2025, 6, 30);
  public static final LocalDate DISPATCH_DEADLINE = LocalDate.of(2025, 5, 31);

  private SamplePlans() {}

  /**
   * 2025 公务用车专项培训 for the vehicle department: the dispatch course required by 2025-05-31, the
   * energy course elective (plan deadline 2025-06-30); draft.
   */
  public static TrainingPlan.Builder vehicleSpecialDraft() {
    return TrainingPlan.draft(VEHICLE_SPECIAL)
        .name("2025 年公务用车专项培训")
        .kind(PlanKind.SPECIAL)
        .year(2025)
        .course(PlanCourse.required(SampleCourses.VEHICLE_DISPATCH, DISPATCH_DEADLINE))
        .course(PlanCourse.elective(SampleCourses.ENERGY_BASICS))
        .deadline(PLAN_DEADLINE)
        .target(PlanTarget.units(List.of(SamplePeople.VEHICLE_DEPT)));
  }

  public static TrainingPlan vehicleSpecialPublished(LocalDate on) {
    return vehicleSpecialDraft().build().publish(on);
  }
}
