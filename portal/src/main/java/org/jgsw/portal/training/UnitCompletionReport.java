package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.portal.training.AssignmentProgressQuery.Counts;

/**
 * The unit completion report (按单位统计): for one unit — by default the province bureau, i.e. the
 * whole province — and one year, the completion of every assignment of the plans whose period
 * overlaps the year, in total and for each unit directly below it, each row rolled up over the
 * unit's whole subtree (a city bureau's row counts its departments and its county bureaus). People
 * directly in the unit itself, if any, form a row of their own. A row can be opened for the same
 * report one level down. Counting happens in the database ({@link AssignmentProgressQuery}); the
 * unit tree (a few hundred rows) is rolled up here.
 */
@ApplicationScoped
public class UnitCompletionReport {

  /** A unit's row: its subtree's counts, and whether it has units below it to drill into. */
  public record Row(String code, String name, String kind, Counts counts, boolean hasChildren, boolean ownPeopleOnly) {}

  public record Report(int year, Row unit, List<Row> children, List<Row> path, String formulas) {}

  private record UnitNode(long id, String code, String name, String kind, Long parent, int sortOrder) {}

  @PersistenceContext EntityManager em;
  @Inject AssignmentProgressQuery progress;
  @Inject Clock clock;

  /** The report for the unit with {@code unitCode} (null or blank: the top unit), or empty if there is no such unit. */
  public Optional<Report> report(String unitCode, int year) {
    List<UnitNode> units = em.createQuery("SELECT u.id, u.code, u.name, u.kind, p.id, u.sortOrder FROM Unit u LEFT JOIN u.parent p "
            + "ORDER BY u.sortOrder, u.id", Object[].class)
        .getResultList().stream()
        .map(r -> new UnitNode(((Number) r[0]).longValue(), (String) r[1], (String) r[2], r[3].toString(),
            r[4] == null ? null : ((Number) r[4]).longValue(), ((Number) r[5]).intValue()))
        .toList();
    Map<Long, List<UnitNode>> children = new HashMap<>();
    Map<Long, UnitNode> byId = new HashMap<>();
    UnitNode root = null;
    for (UnitNode u : units) {
      byId.put(u.id(), u);
      if (u.parent() == null) {
        root = root == null ? u : root;
      } else {
        children.computeIfAbsent(u.parent(), k -> new ArrayList<>()).add(u);
      }
    }
    UnitNode unit = unitCode == null || unitCode.isBlank() ? root
        : units.stream().filter(u -> u.code().equals(unitCode.trim())).findFirst().orElse(null);
    if (unit == null) {
      return Optional.empty();
    }
    Map<Long, Counts> own = progress.byUnitInYear(year, LocalDate.now(clock));
    Map<Long, Counts> subtree = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (UnitNode child : children.getOrDefault(unit.id(), List.of())) {
      rows.add(row(child, rolledUp(child, children, own, subtree), children, false));
    }
    Counts direct = own.getOrDefault(unit.id(), Counts.NONE);
    if (direct.assigned() > 0) {
      rows.add(new Row(unit.code(), unit.name(), unit.kind(), direct, false, true));
    }
    List<Row> path = new ArrayList<>();
    for (UnitNode u = byId.get(unit.parent() == null ? -1L : unit.parent()); u != null; u = u.parent() == null ? null : byId.get(u.parent())) {
      path.add(0, new Row(u.code(), u.name(), u.kind(), Counts.NONE, true, false));
    }
    return Optional.of(new Report(year, row(unit, rolledUp(unit, children, own, subtree), children, false), rows, path,
        TrainingReports.FORMULAS));
  }

  private static Row row(UnitNode u, Counts counts, Map<Long, List<UnitNode>> children, boolean ownOnly) {
    return new Row(u.code(), u.name(), u.kind(), counts, children.containsKey(u.id()), ownOnly);
  }

  private static Counts rolledUp(UnitNode u, Map<Long, List<UnitNode>> children, Map<Long, Counts> own, Map<Long, Counts> memo) {
    Counts known = memo.get(u.id());
    if (known != null) {
      return known;
    }
    Counts total = own.getOrDefault(u.id(), Counts.NONE);
    for (UnitNode child : children.getOrDefault(u.id(), List.of())) {
      total = total.plus(rolledUp(child, children, own, memo));
    }
    memo.put(u.id(), total);
    return total;
  }
}
