package org.jgsw.portal.cockpit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.course.domain.EvaluationSummary;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.portal.cockpit.Cockpit.PersonRow;
import org.jgsw.portal.cockpit.Cockpit.TrainingRow;
import org.jgsw.portal.cockpit.Cockpit.UnitRef;
import org.jgsw.portal.cockpit.CockpitUnits.Node;
import org.jgsw.portal.cockpit.CreditHoursQuery.UnitHours;
import org.jgsw.portal.competency.ProfileDirectory;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.organisation.UnitKind;
import org.jgsw.portal.training.AssignmentProgressQuery.Counts;
import org.jgsw.portal.training.TrainingEvaluationReports;
import org.jgsw.portal.training.TrainingEvaluationReports.SummaryRow;
import org.jgsw.portal.training.UnitCompletionReport;

/**
 * Builds the cockpit of a unit from the detailed reports: completion from {@link
 * UnitCompletionReport}, L1–L3 from {@link TrainingEvaluationReports}, credit hours as the ledger
 * counts them ({@link CreditHoursQuery}), gaps by the competency module's rules ({@link
 * CockpitGaps}), the structure from {@link WorkforceService}, library activity from the search log.
 * Who may see which unit is decided here too: a user sees their own bureau and what lies below it.
 */
@ApplicationScoped
@Transactional
public class CockpitService {

  /** The user may not see that unit. */
  public static class OutOfScope extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfScope(String message) {
      super(message);
    }
  }

  static final String FORMULAS = TrainingReports.FORMULAS
      + "\n网络学习学时：本年度完成的课程学时（同一课程只计首次完成），达标人数为不少于年度网络学习要求的人数；人均学时按单位在职人数计算。"
      + "\n能力差距：按各季度末以前的佐证、依当前等级判定规则确定等级，与本人岗位现行模型比较；平均差距×权重按有该差距的人数平均。"
      + "\n资料库：近 " + LibraryActivityQuery.DAYS + " 天的检索记录；下级单位只计其人员账号的检索。";

  private static final String TOTAL = "*";

  @PersistenceContext EntityManager em;
  @Inject UnitCompletionReport completion;
  @Inject TrainingEvaluationReports evaluation;
  @Inject CreditHoursQuery creditHours;
  @Inject CockpitGaps gaps;
  @Inject WorkforceService workforce;
  @Inject LibraryActivityQuery library;
  @Inject ProfileDirectory directory;
  @Inject Clock clock;

  /**
   * The cockpit of {@code unitId} (null: the top unit {@code username} may see) as that user sees it.
   *
   * @throws OutOfScope when the unit lies outside the user's bureau
   * @return empty when there is no such unit
   */
  public Optional<Cockpit> cockpit(Long unitId, String username, boolean seesEverything) {
    long start = System.nanoTime();
    CockpitUnits units = units();
    Optional<Node> top = seesEverything ? units.root() : visibleTop(units, username);
    Optional<Node> unit = unitId == null ? top : units.find(unitId);
    if (unit.isEmpty() || top.isEmpty()) {
      return Optional.empty();
    }
    if (!units.isWithin(unit.get().id(), top.get().id())) {
      throw new OutOfScope("您只能查看" + top.get().name() + "及其下级单位的驾驶舱");
    }
    Node scope = unit.get();
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    List<TrainingRow> rows = trainingRows(units, scope, year);
    CockpitGaps.Section gapSection = gaps.of(scope.id(), today);
    boolean isTop = scope.parent() == null;
    return Optional.of(new Cockpit(ref(units, scope), units.pathTo(scope.id()).stream().map(n -> ref(units, n)).toList(), year,
        rows.get(0), rows.subList(1, rows.size()), gapSection.quarters(), gapSection.largest(), gapSection.movement(),
        workforce.structure(scope.id()), library.activity(isTop ? null : directory.unitAndBelow(scope.id()), LocalDateTime.now(clock)),
        people(scope, year), FORMULAS, (System.nanoTime() - start) / 1_000_000));
  }

  /** The total row first, then a row per unit below, then the unit's own people if it has any. */
  private List<TrainingRow> trainingRows(CockpitUnits units, Node scope, int year) {
    UnitCompletionReport.Report report = completion.report(scope.code(), year).orElseThrow();
    Map<Long, Long> unitOfPerson = new HashMap<>();
    Map<String, Long> unitOfStaffNo = new HashMap<>();
    // the evaluation report counts everyone's rows, people who left included; headcounts are of active people
    for (Object[] r : em.createQuery("SELECT p.staffNo, p.unit.id, p.active FROM Person p", Object[].class).getResultList()) {
      unitOfStaffNo.put((String) r[0], (Long) r[1]);
      if (Boolean.TRUE.equals(r[2])) {
        unitOfPerson.merge((Long) r[1], 1L, Long::sum);
      }
    }
    Map<String, Long> people = rolledUp(units, scope, unitOfPerson, 0L, Long::sum);
    Map<String, UnitHours> hours = rolledUp(units, scope, creditHours.byUnit(year), UnitHours.NONE, UnitHours::plus);
    Map<String, SummaryRow> l123 = evaluation.byPersonGroups(staffNo -> {
      Long u = unitOfStaffNo.get(staffNo);
      Optional<Node> row = u == null ? Optional.empty() : units.rowOf(u, scope.id());
      return row.map(n -> List.of(n.id() == scope.id() ? scope.code() + "#own" : n.code(), TOTAL)).orElse(List.of());
    });
    List<TrainingRow> rows = new ArrayList<>();
    rows.add(row(ref(units, scope), false, report.unit().counts(), people.getOrDefault(TOTAL, 0L), hours.get(TOTAL), l123.get(TOTAL)));
    for (UnitCompletionReport.Row r : report.children()) {
      String key = r.ownPeopleOnly() ? scope.code() + "#own" : r.code();
      Node n = r.ownPeopleOnly() ? scope : units.childrenOf(scope.id()).stream().filter(c -> c.code().equals(r.code())).findFirst().orElseThrow();
      rows.add(row(ref(units, n), r.ownPeopleOnly(), r.counts(), people.getOrDefault(key, 0L), hours.get(key), l123.get(key)));
    }
    return rows;
  }

  /** Sums per-unit values into the scope's rows (keyed by the child's code, the scope's own people, and the total). */
  private static <V> Map<String, V> rolledUp(CockpitUnits units, Node scope, Map<Long, V> byUnit, V zero,
      java.util.function.BinaryOperator<V> plus) {
    Map<String, V> rows = new HashMap<>();
    byUnit.forEach((unitId, v) -> units.rowOf(unitId, scope.id()).ifPresent(n -> {
      rows.merge(n.id() == scope.id() ? scope.code() + "#own" : n.code(), v, plus);
      rows.merge(TOTAL, v, plus);
    }));
    return rows;
  }

  private TrainingRow row(UnitRef unit, boolean own, Counts c, long people, UnitHours hours, SummaryRow l123) {
    UnitHours h = hours == null ? UnitHours.NONE : hours;
    EvaluationSummary s = l123 == null ? null : l123.summary();
    BigDecimal average = people == 0 ? BigDecimal.ZERO : h.hours().divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP);
    return new TrainingRow(unit, own, c.assigned(), c.completed(), c.inProgress(), c.notStarted(), c.overdue(), c.completionPercent(),
        people, h.meetingRequirement(), h.hours(), average,
        s == null ? null : s.l1Average(), s == null ? 0 : s.l1Responses(), s == null ? null : s.l2PassPercent(), s == null ? null : s.l2Gain(),
        s == null ? null : s.l3Average(), s == null ? 0 : s.l3Ratings());
  }

  /** The people whose own unit is the scope, with this year's online hours. */
  private List<PersonRow> people(Node scope, int year) {
    Map<String, BigDecimal> hours = creditHours.ofUnitPeople(scope.id(), year);
    BigDecimal required = creditHours.requirement();
    return em.createQuery("SELECT p.id, p.staffNo, p.name, po.name FROM Person p LEFT JOIN p.post po WHERE p.active = TRUE AND p.unit.id = :u"
            + " ORDER BY p.staffNo", Object[].class).setParameter("u", scope.id()).getResultList().stream()
        .map(r -> {
          BigDecimal h = hours.getOrDefault((String) r[1], BigDecimal.ZERO);
          return new PersonRow((String) r[1], "S" + r[0], (String) r[2], (String) r[3], h, h.compareTo(required) >= 0);
        }).toList();
  }

  private Optional<Node> visibleTop(CockpitUnits units, String username) {
    List<Long> own = em.createQuery("SELECT p.unit.id FROM UserAccount a JOIN a.person p WHERE a.username = :u", Long.class)
        .setParameter("u", username).getResultList();
    return own.isEmpty() ? units.root() : units.bureauOf(own.get(0));
  }

  private static UnitRef ref(CockpitUnits units, Node n) {
    return new UnitRef(n.id(), n.code(), n.name(), n.kind().name(), units.hasChildren(n.id()));
  }

  private CockpitUnits units() {
    return new CockpitUnits(em.createQuery("SELECT u.id, u.code, u.name, u.kind, p.id FROM Unit u LEFT JOIN u.parent p ORDER BY u.sortOrder, u.id",
            Object[].class).getResultList().stream()
        .map(r -> new Node((Long) r[0], (String) r[1], (String) r[2], (UnitKind) r[3], (Long) r[4])).toList());
  }

  /** Units the user may open, for the page's unit picker: their top unit and everything below, in tree order. */
  public Set<Long> visibleUnits(String username, boolean seesEverything) {
    CockpitUnits units = units();
    Optional<Node> top = seesEverything ? units.root() : visibleTop(units, username);
    return top.map(t -> directory.unitAndBelow(t.id())).orElse(Set.of());
  }
}
