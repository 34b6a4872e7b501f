package org.jgsw.course.domain;

import java.util.Objects;

/**
 * The yearly credit-hour requirements (cadre education rules): everyone at least {@code
 * onlinePerYear} 学时 of online study a year; section level and below {@code concentratedHoursPerYear}
 * 学时 or {@code concentratedDaysPerYear} days of concentrated training a year; leaders {@code
 * leaderWindowHours} 学时 (all kinds) within {@code leaderWindowYears} years ending with the ledger's
 * year.
 */
public record CreditPolicy(
    CreditHours onlinePerYear,
    CreditHours concentratedHoursPerYear,
    int concentratedDaysPerYear,
    CreditHours leaderWindowHours,
    int leaderWindowYears) {

  public static final CreditPolicy STANDARD =
      new CreditPolicy(CreditHours.of("50"), CreditHours.of("90"), 12, CreditHours.of("550"), 5);

  public CreditPolicy {
    Objects.requireNonNull(onlinePerYear, "onlinePerYear");
    Objects.requireNonNull(concentratedHoursPerYear, "concentratedHoursPerYear");
    Objects.requireNonNull(leaderWindowHours, "leaderWindowHours");
    if (concentratedDaysPerYear < 1 || leaderWindowYears < 1) {
      throw new IllegalArgumentException("学时要求的天数和年限必须大于 0");
    }
  }

  /** The requirements as shown next to the ledger. */
  public String statement() {
    return "学时要求：所有干部每年网络学习不少于 " + onlinePerYear + " 学时；科级及以下干部每年参加集中培训不少于 "
        + concentratedHoursPerYear + " 学时或累计 " + concentratedDaysPerYear + " 天；领导干部 " + leaderWindowYears
        + " 年内累计不少于 " + leaderWindowHours + " 学时（含网络学习和集中培训）。";
  }
}
