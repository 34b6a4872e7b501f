package org.jgsw.portal.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/learning/me}: the caller's assignments and credit-hour ledger of the year. */
public record LearningMeDto(String person, String name, List<Assignment> assignments, Ledger ledger) {

  /** progress: percent of lessons done (100 when completed); status: NOT_STARTED, IN_PROGRESS, COMPLETED, OVERDUE. */
  public record Assignment(
      String course, long courseId, String plan, long planId, LocalDate deadline, int progress, String status, boolean required) {}

  /** required: the yearly hours that apply (online, plus concentrated below leader level); earned = online + concentrated. */
  public record Ledger(
      int year, String category, BigDecimal required, BigDecimal earned, BigDecimal online, BigDecimal concentrated,
      List<Requirement> requirements) {}

  public record Requirement(String name, String statement, BigDecimal required, BigDecimal earned, boolean met) {}
}
