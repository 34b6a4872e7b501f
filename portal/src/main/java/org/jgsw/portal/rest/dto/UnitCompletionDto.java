package org.jgsw.portal.rest.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/training/reports/units}: completion of the year's plans for a unit (by default the
 * province) in total and for each unit directly below it, each rolled up over its subtree.
 * {@code path} lists the units above (for drill-up); {@code ownPeopleOnly} marks the row of people
 * placed directly in the unit itself.
 */
public record UnitCompletionDto(int year, Row unit, List<Row> units, List<UnitRef> path, String formulas, long millis) {

  /** completionRate in percent with one decimal; overdue = required, past the deadline, not completed. */
  public record Row(String code, String name, String kind, long assigned, long completed, long inProgress, long notStarted, long overdue,
      BigDecimal completionRate, boolean hasChildren, boolean ownPeopleOnly) {}

  public record UnitRef(String code, String name) {}
}
