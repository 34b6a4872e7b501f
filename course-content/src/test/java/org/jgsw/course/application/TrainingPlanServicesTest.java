package org.jgsw.course.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgsw.course.application.internal.DefaultTrainingPlans;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.TargetMember;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.course.testdata.InMemoryRepositories;
import org.jgsw.course.testdata.MutableClock;
import org.jgsw.course.testdata.SampleCourses;
import org.jgsw.course.testdata.SamplePeople;
import org.jgsw.course.testdata.SamplePlans;
import org.junit.jupiter.api.Test;

class TrainingPlanServicesTest {

  private final InMemoryRepositories repos = new InMemoryRepositories();
  private final MutableClock clock = MutableClock.at("2025-03-01T09:00");
  /** The people the portal knows; a test adds newcomers. Returns everyone: the plan filters. */
  private final List<TargetMember> staff = new ArrayList<>(List.of(SamplePeople.zhang(), SamplePeople.li(), SamplePeople.wang()));
  private final TrainingPlans plans =
      new DefaultTrainingPlans(repos.plans, repos.assignments, repos.enrolments, target -> List.copyOf(staff), clock);

  @Test
  void aPlanPublishedToAUnitReachesEveryoneInItAndLaterANewcomer() {
    plans.save(SamplePlans.vehicleSpecialDraft().build());

    assertThat(plans.publish(SamplePlans.VEHICLE_SPECIAL).created()).hasSize(4);

    staff.add(SamplePeople.zhao());
    clock.advance(Duration.ofDays(10));
    assertThat(plans.syncAssignments(SamplePlans.VEHICLE_SPECIAL).created())
        .extracting(Assignment::personId).containsOnly("p-zhao");
    assertThat(plans.syncAssignments(SamplePlans.VEHICLE_SPECIAL).isEmpty()).isTrue();
    assertThat(repos.assignments.findByPlan(SamplePlans.VEHICLE_SPECIAL)).hasSize(6);
  }

  @Test
  void progressGivesEachAssignmentItsStatusTodayForTheReports() {
    plans.save(SamplePlans.vehicleSpecialDraft().build());
    plans.publish(SamplePlans.VEHICLE_SPECIAL);
    var course = SampleCourses.vehicleDispatch();
    Enrolment zhang = Enrolment.start(EnrolmentId.of(1), "p-zhang", course, null, clock.instant());
    course.lessons().forEach(l -> zhang.completeLesson(course, l.id()));
    zhang.completeIfDone(course, org.jgsw.course.domain.CompletionRule.STANDARD, false, clock.instant());
    repos.enrolments.store(zhang);

    clock.advance(Duration.ofDays(100)); // after 2025-05-31, before 2025-06-30
    Map<Assignment, AssignmentStatus> progress = plans.progress(SamplePlans.VEHICLE_SPECIAL);

    // 张伟: dispatch completed, energy not started; 李娜: dispatch overdue, energy (elective) not started
    assertThat(TrainingReports.countByStatus(progress.values()))
        .containsEntry(AssignmentStatus.COMPLETED, 1L)
        .containsEntry(AssignmentStatus.OVERDUE, 1L)
        .containsEntry(AssignmentStatus.NOT_STARTED, 2L);
    assertThat(TrainingReports.completionRate(progress.values()).percent()).isEqualByComparingTo("25.0");
  }
}
