package org.jgsw.course.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A concentrated (offline) training class (集中培训 / 专题班) with its dates, credit hours and
 * attendees (person ids). Each attendee earns the hours, and the days, on the last day.
 */
public record OfflineTraining(String id, String className, LocalDate start, LocalDate end, CreditHours hours, List<String> attendees) {

  /** The largest number of hours one class may record. */
  public static final CreditHours MAX_HOURS = CreditHours.of("200");

  public OfflineTraining {
    id = Texts.required(id, "培训记录编号不能为空");
    className = Texts.required(className, "培训班名称不能为空");
    Objects.requireNonNull(start, "培训开始日期不能为空");
    Objects.requireNonNull(end, "培训结束日期不能为空");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("培训结束日期 " + end + " 早于开始日期 " + start);
    }
    Objects.requireNonNull(hours, "学时不能为空");
    if (hours.value().signum() == 0 || !MAX_HOURS.isAtLeast(hours)) {
      throw new IllegalArgumentException("培训学时必须大于 0 且不超过 " + MAX_HOURS + "，实际为 " + hours);
    }
    attendees = List.copyOf(Texts.cleanSet(attendees));
  }

  /** The credit source of a class: a class (name and dates) counts once per person, however recorded. */
  public static String sourceRefOf(String className, LocalDate start, LocalDate end) {
    return "offline:" + className.strip() + "|" + start + "|" + end;
  }

  /** Training days, counting the first and last day. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** The credit each attendee earns. */
  public List<CreditEntry> creditEntries() {
    return attendees.stream()
        .map(p -> new CreditEntry(p, CreditKind.CONCENTRATED, end, hours, days(), className, sourceRefOf(className, start, end)))
        .toList();
  }
}
