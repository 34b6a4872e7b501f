package org.jgsw.portal.rest.dto;

import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/plans/{id}/progress}: completion of a plan in total, by unit and by course (people who left not counted). */
public record PlanProgressDto(long id, String name, String kind, String status, Row total, List<Row> units, List<Row> courses) {

  /** completionRate in percent with one decimal; overdue = required, past the deadline, not completed. */
  public record Row(String name, long assigned, long completed, long inProgress, long overdue, BigDecimal completionRate) {}
}
