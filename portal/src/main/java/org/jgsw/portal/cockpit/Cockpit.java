package org.jgsw.portal.cockpit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.jgsw.portal.competency.WorkforceStructure;

/**
 * The cockpit (驾驶舱) of one unit: its figures rolled up over the unit and everything below it,
 * with a row per unit directly below (and one for the unit's own people) for drill-down. Every
 * figure comes from the detailed report that owns it; {@link #formulas()} says which.
 */
public record Cockpit(
    UnitRef unit,
    List<UnitRef> path,
    int year,
    TrainingRow trainingTotal,
    List<TrainingRow> training,
    List<String> quarters,
    List<GapRow> gaps,
    List<GapMovement> gapMovement,
    WorkforceStructure workforce,
    LibraryActivity library,
    List<PersonRow> people,
    String formulas,
    long millis) implements Serializable {

  /** A unit to show or drill into. */
  public record UnitRef(long id, String code, String name, String kind, boolean hasChildren) implements Serializable {}

  /**
   * One row of the training section: completion of this year's plans (as the unit completion
   * report), online credit hours of this year against the yearly requirement (as each person's
   * ledger), and L1–L3 (as the evaluation reports by unit). {@code ownPeople} marks the row of the
   * unit's own people, not of a unit below.
   */
  public record TrainingRow(
      UnitRef unit, boolean ownPeople,
      long assigned, long completed, long inProgress, long notStarted, long overdue, BigDecimal completionRate,
      long people, long peopleMeetingOnlineRequirement, BigDecimal onlineHours, BigDecimal averageOnlineHours,
      BigDecimal l1Average, long l1Responses, BigDecimal l2PassRate, BigDecimal l2Gain, BigDecimal l3Average, long l3Ratings)
      implements Serializable {}

  /** A competency gap in scope today: people with the gap, average gap and average gap × weight. */
  public record GapRow(String code, String name, int people, double averageGap, double averageWeightedGap) implements Serializable {}

  /** How one of today's largest gaps moved: people with it and average gap × weight at each quarter's end. */
  public record GapMovement(String code, String name, List<Integer> people, List<Double> averageWeightedGap) implements Serializable {}

  /** Library searches of the last {@code days} days: the most searched terms and those that found nothing. */
  public record LibraryActivity(int days, long searches, List<TermCount> topTerms, List<TermCount> noResultTerms) implements Serializable {}

  public record TermCount(String term, long times) implements Serializable {}

  /** A person of the unit itself (not of units below), with this year's online credit hours. */
  public record PersonRow(String staffNo, String key, String name, String post, BigDecimal onlineHours, boolean meetsOnlineRequirement)
      implements Serializable {}
}
