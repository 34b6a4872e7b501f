package org.jgsw.course.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The period a training plan covers: a calendar year or any span of dates. */
public record PlanPeriod(LocalDate start, LocalDate end) {

  public PlanPeriod {
    Objects.requireNonNull(start, "计划开始日期不能为空");
    Objects.requireNonNull(end, "计划结束日期不能为空");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("计划结束日期 " + end + " 早于开始日期 " + start);
    }
  }

  public static PlanPeriod ofYear(int year) {
    return new PlanPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public static PlanPeriod between(LocalDate start, LocalDate end) {
    return new PlanPeriod(start, end);
  }

  public boolean isWholeYear() {
    return start.getDayOfYear() == 1 && end.equals(LocalDate.of(start.getYear(), 12, 31));
  }

  /** “2025 年度” or “2025-03-01 至 2025-06-30”. */
  public String label() {
    return isWholeYear() ? start.getYear() + " 年度" : start + " 至 " + end;
  }
}
