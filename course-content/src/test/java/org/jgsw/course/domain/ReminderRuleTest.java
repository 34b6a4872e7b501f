package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jgsw.course.testdata.SampleCourses;
import org.jgsw.course.testdata.SamplePeople;
import org.jgsw.course.testdata.SamplePlans;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 1);
  private final TrainingPlan plan = SamplePlans.vehicleSpecialPublished(PUBLISHED);
  private final List<Assignment> assignments =
      plan.syncAssignments(List.of(SamplePeople.zhang()), List.of(), PUBLISHED).created();
  private final Assignment required = assignments.stream().filter(Assignment::required).findFirst().orElseThrow();
  private final Assignment elective = assignments.stream().filter(a -> !a.required()).findFirst().orElseThrow();
  private final LocalDate due = SamplePlans.DISPATCH_DEADLINE;

  private List<Notification> on(LocalDate day, ProgressState progress) {
    return ReminderRule.STANDARD.remindersFor(required, "公务用车调度实务", progress, day);
  }

  @Test
  void remindsSevenDaysAndOneDayBeforeAndWhenOverdue() {
    assertThat(on(due.minusDays(8), ProgressState.STARTED)).isEmpty();

    Notification week = on(due.minusDays(7), ProgressState.STARTED).get(0);
    assertThat(week.kind()).isEqualTo(NotificationKind.DEADLINE_APPROACHING);
    assertThat(week.message()).isEqualTo("课程「公务用车调度实务」将于 2025-05-31 截止（还有 7 天），请尽快完成学习。");
    assertThat(week.recipientPersonId()).isEqualTo("p-zhang");

    Notification day = on(due.minusDays(1), ProgressState.NOT_STARTED).get(0);
    Notification today = on(due, ProgressState.NOT_STARTED).get(0);
    assertThat(today.message()).contains("（今天截止）");
    assertThat(today.dedupKey()).isEqualTo(day.dedupKey()).isNotEqualTo(week.dedupKey());

    Notification overdue = on(due.plusDays(2), ProgressState.STARTED).get(0);
    assertThat(overdue.kind()).isEqualTo(NotificationKind.OVERDUE);
    assertThat(overdue.message()).contains("已逾期 2 天");
    assertThat(on(due.plusDays(3), ProgressState.STARTED).get(0).dedupKey()).isEqualTo(overdue.dedupKey());
  }

  @Test
  void aMissedDayIsCaughtUpUnderTheSameKey() {
    assertThat(on(due.minusDays(5), ProgressState.STARTED).get(0).dedupKey())
        .isEqualTo(on(due.minusDays(7), ProgressState.STARTED).get(0).dedupKey());
  }

  @Test
  void noRemindersForCompletedElectiveOrLeftAssignments() {
    assertThat(on(due.minusDays(1), ProgressState.COMPLETED)).isEmpty();
    assertThat(ReminderRule.STANDARD.remindersFor(elective, "节能", ProgressState.STARTED, SamplePlans.PLAN_DEADLINE)).isEmpty();
    plan.syncAssignments(List.of(), assignments, due.minusDays(10));
    assertThat(on(due.minusDays(1), ProgressState.STARTED)).isEmpty();
    assertThat(ReminderRule.STANDARD.statement()).isEqualTo("截止提醒：必修课程在截止前 7 天、1 天各提醒一次，逾期未完成时再提醒一次；已完成或已离开培训对象的不再提醒。");
    assertThat(SampleCourses.VEHICLE_DISPATCH).isEqualTo(required.course());
  }
}
