package org.jgsw.course.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When deadline reminders are produced for required assignments that are active and not completed:
 * when the deadline is {@code daysBefore} days away or nearer (one reminder per step, e.g. 7 and 1),
 * and once when it has passed. A day missed by the job is caught up by the next run (the step still
 * applies), and {@link Notification#dedupKey()} keeps each step to one notification.
 */
public record ReminderRule(List<Integer> daysBefore, boolean remindWhenOverdue) {

  public static final ReminderRule STANDARD = new ReminderRule(List.of(7, 1), true);

  public ReminderRule {
    daysBefore = List.copyOf(new TreeSet<>(Objects.requireNonNull(daysBefore, "daysBefore")));
    if (daysBefore.stream().anyMatch(d -> d < 0)) {
      throw new IllegalArgumentException("提前提醒天数不能为负数");
    }
  }

  public String statement() {
    return "截止提醒：必修课程在截止前 " + daysBefore.stream().sorted((a, b) -> b - a).map(String::valueOf)
        .reduce((a, b) -> a + " 天、" + b).orElse("") + " 天各提醒一次" + (remindWhenOverdue ? "，逾期未完成时再提醒一次" : "")
        + "；已完成或已离开培训对象的不再提醒。";
  }

  /** What to remind about for one assignment on {@code today}, if anything. */
  public List<Notification> remindersFor(Assignment assignment, String courseTitle, ProgressState progress, LocalDate today) {
    List<Notification> out = new ArrayList<>();
    if (!assignment.required() || !assignment.isActive() || progress == ProgressState.COMPLETED) {
      return out;
    }
    long daysLeft = ChronoUnit.DAYS.between(today, assignment.deadline());
    String key = assignment.plan().value() + "|" + assignment.personId() + "|" + assignment.course().value() + "|";
    if (daysLeft < 0) {
      if (remindWhenOverdue) {
        out.add(new Notification(assignment.personId(), NotificationKind.OVERDUE, "课程已逾期：" + courseTitle,
            "课程「" + courseTitle + "」已于 " + assignment.deadline() + " 截止，目前尚未完成，已逾期 " + (-daysLeft) + " 天，请尽快完成学习。",
            today, assignment.id(), key + "overdue|" + assignment.deadline()));
      }
      return out;
    }
    daysBefore.stream().filter(d -> d >= daysLeft).findFirst().ifPresent(step -> out.add(new Notification(
        assignment.personId(), NotificationKind.DEADLINE_APPROACHING, "课程即将截止：" + courseTitle,
        "课程「" + courseTitle + "」将于 " + assignment.deadline() + " 截止"
            + (daysLeft == 0 ? "（今天截止）" : "（还有 " + daysLeft + " 天）") + "，请尽快完成学习。",
        today, assignment.id(), key + "before" + step + "|" + assignment.deadline())));
    return out;
  }
}
