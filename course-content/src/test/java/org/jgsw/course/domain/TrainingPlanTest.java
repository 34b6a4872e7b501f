package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jgsw.course.testdata.SampleCourses;
import org.jgsw.course.testdata.SamplePeople;
import org.jgsw.course.testdata.SamplePlans;
import org.junit.jupiter.api.Test;

class TrainingPlanTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 1);
  private final TrainingPlan plan = SamplePlans.vehicleSpecialPublished(PUBLISHED);
  private final List<Assignment> stored = new ArrayList<>();

  private AssignmentSync sync(LocalDate day, TargetMember... members) {
    AssignmentSync s = plan.syncAssignments(List.of(members), stored, day);
    stored.addAll(s.created());
    return s;
  }

  @Test
  void aUnitTargetReachesPeopleInItsSubUnitsAndFiltersNarrowIt() {
    PlanTarget province = PlanTarget.units(List.of(SamplePeople.PROVINCE));
    assertThat(province.matches(SamplePeople.zhang())).isTrue();
    assertThat(province.matches(SamplePeople.wang())).isFalse();

    PlanTarget graduates = province.onlyEntryChannels(List.of("SELECTED_GRADUATE"));
    assertThat(graduates.matches(SamplePeople.li())).isTrue();
    assertThat(graduates.matches(SamplePeople.zhang())).isFalse();

    PlanTarget clerks = PlanTarget.everyone().onlyRanks(List.of("一级科员"));
    assertThat(clerks.matches(SamplePeople.wang())).isTrue();
    assertThat(clerks.matches(SamplePeople.li())).isFalse();
    assertThat(clerks.describe()).isEqualTo("全员；职级：一级科员");

    assertThat(PlanTarget.posts(List.of("RCP-OFFICER")).matches(SamplePeople.wang())).isTrue();
    assertThat(PlanTarget.people(List.of("p-li")).matches(SamplePeople.li())).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> PlanTarget.units(List.of()))
        .withMessageStartingWith("培训对象不能为空");
  }

  @Test
  void publishingAssignsEveryCourseToEveryoneInTheTarget() {
    AssignmentSync s = sync(PUBLISHED, SamplePeople.zhang(), SamplePeople.li(), SamplePeople.wang());

    assertThat(s.created()).hasSize(4); // 2 people in the department × 2 courses; 王强 is elsewhere
    assertThat(s.created()).extracting(Assignment::personId).containsOnly("p-zhang", "p-li");
    Assignment dispatch = s.created().stream().filter(a -> a.course().equals(SampleCourses.VEHICLE_DISPATCH)).findFirst().orElseThrow();
    Assignment energy = s.created().stream().filter(a -> a.course().equals(SampleCourses.ENERGY_BASICS)).findFirst().orElseThrow();
    assertThat(dispatch.deadline()).isEqualTo(SamplePlans.DISPATCH_DEADLINE);
    assertThat(dispatch.required()).isTrue();
    assertThat(energy.deadline()).isEqualTo(SamplePlans.PLAN_DEADLINE);
    assertThat(energy.required()).isFalse();
  }

  @Test
  void syncIsIdempotentAndNeverDuplicates() {
    sync(PUBLISHED, SamplePeople.zhang(), SamplePeople.li());

    AssignmentSync again = sync(PUBLISHED.plusDays(1), SamplePeople.zhang(), SamplePeople.li(), SamplePeople.zhang());

    assertThat(again.isEmpty()).isTrue();
    assertThat(stored).hasSize(4);
  }

  @Test
  void newcomersGetAssignmentsWithAFairDeadlineAndLeaversKeepTheirHistory() {
    sync(PUBLISHED, SamplePeople.zhang(), SamplePeople.li());
    LocalDate may20 = LocalDate.of(2025, 5, 20);

    AssignmentSync s = sync(may20, SamplePeople.zhang(), SamplePeople.zhao()); // 李娜 left, 赵敏 joined

    assertThat(s.created()).extracting(Assignment::personId).containsOnly("p-zhao");
    assertThat(s.created()).extracting(Assignment::deadline)
        .containsExactlyInAnyOrder(may20.plusDays(30), SamplePlans.PLAN_DEADLINE); // 05-31 too close → 06-19
    assertThat(s.left()).extracting(Assignment::personId).containsOnly("p-li");
    assertThat(s.left()).allSatisfy(a -> assertThat(a.leftOn()).contains(may20));
    assertThat(stored).hasSize(6);

    assertThat(sync(may20.plusDays(1), SamplePeople.zhang(), SamplePeople.zhao()).isEmpty()).isTrue();

    AssignmentSync back = sync(may20.plusDays(2), SamplePeople.zhang(), SamplePeople.zhao(), SamplePeople.li());
    assertThat(back.rejoined()).hasSize(2).allSatisfy(a -> assertThat(a.isActive()).isTrue());
    assertThat(back.created()).isEmpty();
    assertThat(plan.assignmentRule()).contains("不足 30 天的，顺延至加入后第 30 天");
  }

  @Test
  void onlyAPublishedPlanSyncs() {
    TrainingPlan draft = SamplePlans.vehicleSpecialDraft().build();
    assertThatIllegalStateException().isThrownBy(() -> draft.syncAssignments(List.of(SamplePeople.zhang()), List.of(), PUBLISHED));
    assertThatIllegalStateException().isThrownBy(() -> plan.publish(PUBLISHED));
  }

  @Test
  void aPlanFormListsItsProblems() {
    assertThat(TrainingPlan.draft(TrainingPlanId.of(5)).problems())
        .containsExactly("培训计划名称不能为空", "培训计划必须指定年度或起止日期", "培训计划必须指定培训对象");
    TrainingPlan noCourses = TrainingPlan.draft(TrainingPlanId.of(5)).name("空计划").year(2025)
        .target(PlanTarget.everyone()).build();
    assertThatIllegalArgumentException().isThrownBy(() -> noCourses.publish(PUBLISHED))
        .withMessage("培训计划至少需要一门课程才能发布");
  }

  @Test
  void statusComesFromProgressDeadlineAndToday() {
    Assignment a = sync(PUBLISHED, SamplePeople.zhang()).created().stream()
        .filter(Assignment::required).findFirst().orElseThrow();
    LocalDate due = a.deadline();

    assertThat(a.statusOn(due, ProgressState.NOT_STARTED)).isEqualTo(AssignmentStatus.NOT_STARTED);
    assertThat(a.statusOn(due, ProgressState.STARTED)).isEqualTo(AssignmentStatus.IN_PROGRESS);
    assertThat(a.statusOn(due.plusDays(1), ProgressState.STARTED)).isEqualTo(AssignmentStatus.OVERDUE);
    assertThat(a.statusOn(due.plusDays(1), ProgressState.COMPLETED)).isEqualTo(AssignmentStatus.COMPLETED);
    Clock afterDeadline = Clock.fixed(due.plusDays(3).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    assertThat(a.status(afterDeadline, ProgressState.NOT_STARTED)).isEqualTo(AssignmentStatus.OVERDUE);
  }

  @Test
  void electivesAreNeverOverdue() {
    Assignment elective = sync(PUBLISHED, SamplePeople.zhang()).created().stream()
        .filter(a -> !a.required()).findFirst().orElseThrow();
    assertThat(elective.statusOn(LocalDate.of(2026, 1, 1), ProgressState.STARTED)).isEqualTo(AssignmentStatus.IN_PROGRESS);
  }

  @Test
  void l4IndicatorsAreMeasuredAfterPublication() {
    TrainingPlan withIndicator = SamplePlans.vehicleSpecialDraft()
        .indicator(new PlanIndicator("人均能耗", "千克标准煤", new java.math.BigDecimal("320.5"), null, false))
        .build().publish(PUBLISHED);

    TrainingPlan measured = withIndicator.withIndicatorMeasured("人均能耗", new java.math.BigDecimal("301.0"));

    PlanIndicator i = measured.indicators().get(0);
    assertThat(i.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-19.5"));
    assertThat(i.improved()).contains(true);
    assertThat(withIndicator.indicators().get(0).change()).isEmpty();
    assertThat(measured.status()).isEqualTo(PlanStatus.PUBLISHED);
  }
}
