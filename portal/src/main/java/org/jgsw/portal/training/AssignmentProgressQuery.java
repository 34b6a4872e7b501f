package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.ProgressState;
import org.jgsw.course.domain.Ratio;
import org.jgsw.course.domain.TrainingPlanId;

/**
 * Counts assignments by status in the database, for the completion reports: a person's progress in
 * a course is worked out from the enrolment columns ({@code completed_at}, {@code started}) by an
 * index lookup per assignment, and the statuses are counted with GROUP BY, so a report over the
 * whole province reads no JSON document and moves only a few rows per unit into Java. Only active
 * assignments count (people who left the plan's target are not counted, as in {@link
 * org.jgsw.course.domain.TrainingReports}).
 */
@ApplicationScoped
public class AssignmentProgressQuery {

  /** How many active assignments are in each status. */
  public record Counts(long notStarted, long inProgress, long completed, long overdue) {

    public static final Counts NONE = new Counts(0, 0, 0, 0);

    public long assigned() {
      return notStarted + inProgress + completed + overdue;
    }

    public Counts plus(Counts o) {
      return new Counts(notStarted + o.notStarted, inProgress + o.inProgress, completed + o.completed, overdue + o.overdue);
    }

    /** Completed of assigned, in percent with one decimal (0 when nothing is assigned). */
    public BigDecimal completionPercent() {
      return Ratio.of(completed, assigned()).percent();
    }

    Counts plus(AssignmentStatus status, long n) {
      return switch (status) {
        case NOT_STARTED -> new Counts(notStarted + n, inProgress, completed, overdue);
        case IN_PROGRESS -> new Counts(notStarted, inProgress + n, completed, overdue);
        case COMPLETED -> new Counts(notStarted, inProgress, completed + n, overdue);
        case OVERDUE -> new Counts(notStarted, inProgress, completed, overdue + n);
      };
    }
  }

  /**
   * Each person's progress per course over all their enrolments in it (any version), as {@link
   * org.jgsw.course.domain.Enrolment#progressOf}: 2 completed, 1 started, 0 not started; joined to the
   * assignments on person and course. One pass over the enrolment index (its columns cover the
   * query) and a hash join: at 2,000,000 rows this beats one index probe per assignment, and it keeps
   * PostgreSQL's cost estimate low enough not to JIT-compile the query, which alone took seconds.
   */
  static String progressByPersonAndCourse(String where) {
    return "(SELECT person_id, course_id, MAX(CASE WHEN completed_at IS NOT NULL THEN 2 WHEN started = TRUE THEN 1 ELSE 0 END) AS progress"
        + " FROM trn_enrolment " + where + " GROUP BY person_id, course_id) e";
  }

  /** 1 for a required course whose deadline has passed (?1 is today), as in {@link Assignment#statusOn}. */
  static final String LATE = "CASE WHEN a.required = TRUE AND a.deadline < ?1 THEN 1 ELSE 0 END";

  @PersistenceContext EntityManager em;

  /**
   * Active assignments of the plans whose period overlaps {@code year}, counted by the assigned
   * person's unit (the person's own unit, not rolled up; null for a staff number without a person).
   */
  public Map<Long, Counts> byUnitInYear(int year, LocalDate today) {
    @SuppressWarnings("unchecked")
    // grouped outside: a parameter inside a GROUP BY expression would be a second, different parameter
    List<Object[]> rows = em.createNativeQuery("SELECT g, progress, late, COUNT(*) FROM ("
            + "SELECT p.unit_id AS g, COALESCE(e.progress, 0) AS progress, " + LATE + " AS late"
            + " FROM trn_assignment a JOIN trn_plan pl ON pl.id = a.plan_id LEFT JOIN person p ON p.staff_no = a.person_id"
            + " LEFT JOIN " + progressByPersonAndCourse("") + " ON e.person_id = a.person_id AND e.course_id = a.course_id"
            + " WHERE a.left_on IS NULL AND pl.period_start <= ?2 AND pl.period_end >= ?3"
            + ") x GROUP BY g, progress, late")
        .setParameter(1, Date.valueOf(today))
        .setParameter(2, Date.valueOf(LocalDate.of(year, 12, 31)))
        .setParameter(3, Date.valueOf(LocalDate.of(year, 1, 1)))
        .getResultList();
    Map<Long, Counts> counts = new HashMap<>();
    for (Object[] r : rows) {
      Long unit = r[0] == null ? null : ((Number) r[0]).longValue();
      AssignmentStatus status = statusOf(progress(((Number) r[1]).intValue()), ((Number) r[2]).intValue() == 1);
      counts.merge(unit, Counts.NONE.plus(status, ((Number) r[3]).longValue()), Counts::plus);
    }
    return counts;
  }

  /** Active assignments of one plan in one person's unit (null: no such person) and one course, by status. */
  public record PlanCount(Long unitId, long courseId, Counts counts) {}

  /** The active assignments of a plan counted by the person's own unit and the course, in the database. */
  public List<PlanCount> byUnitAndCourseOfPlan(long planId, LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT g, c, progress, late, COUNT(*) FROM ("
            + "SELECT p.unit_id AS g, a.course_id AS c, COALESCE(e.progress, 0) AS progress, " + LATE + " AS late"
            + " FROM trn_assignment a LEFT JOIN person p ON p.staff_no = a.person_id"
            + " LEFT JOIN " + progressByPersonAndCourse("WHERE course_id IN (SELECT course_id FROM trn_assignment WHERE plan_id = ?2)")
            + " ON e.person_id = a.person_id AND e.course_id = a.course_id"
            + " WHERE a.plan_id = ?3 AND a.left_on IS NULL"
            + ") x GROUP BY g, c, progress, late")
        .setParameter(1, Date.valueOf(today))
        .setParameter(2, planId)
        .setParameter(3, planId)
        .getResultList();
    Map<List<Object>, Counts> counts = new java.util.LinkedHashMap<>();
    for (Object[] r : rows) {
      Long unit = r[0] == null ? null : ((Number) r[0]).longValue();
      AssignmentStatus status = statusOf(progress(((Number) r[2]).intValue()), ((Number) r[3]).intValue() == 1);
      counts.merge(java.util.Arrays.asList(unit, ((Number) r[1]).longValue()), Counts.NONE.plus(status, ((Number) r[4]).longValue()),
          Counts::plus);
    }
    return counts.entrySet().stream()
        .map(e -> new PlanCount((Long) e.getKey().get(0), (Long) e.getKey().get(1), e.getValue())).toList();
  }

  /** One active assignment of a plan with the person's name and unit and their progress in the course. */
  public record Row(String staffNo, String name, String unit, long courseId, boolean required, LocalDate deadline, ProgressState progress) {}

  /** Every active assignment of a plan, by person and course, with progress worked out in the database. */
  public List<Row> rowsOfPlan(long planId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT a.person_id, p.name, u.name, a.course_id, a.required, a.deadline, COALESCE(e.progress, 0)"
            + " FROM trn_assignment a LEFT JOIN person p ON p.staff_no = a.person_id LEFT JOIN org_unit u ON u.id = p.unit_id"
            + " LEFT JOIN " + progressByPersonAndCourse("WHERE course_id IN (SELECT course_id FROM trn_assignment WHERE plan_id = ?1)")
            + " ON e.person_id = a.person_id AND e.course_id = a.course_id"
            + " WHERE a.plan_id = ?2 AND a.left_on IS NULL ORDER BY a.person_id, a.course_id")
        .setParameter(1, planId)
        .setParameter(2, planId)
        .getResultList();
    return rows.stream().map(r -> new Row((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(), bool(r[4]),
        localDate(r[5]), progress(((Number) r[6]).intValue()))).toList();
  }

  /** The status of an assignment of that progress, late or not: the rule of {@link Assignment#statusOn}, which it asks. */
  static AssignmentStatus statusOf(ProgressState progress, boolean late) {
    LocalDate today = LocalDate.of(2000, 1, 2);
    return Assignment.restore(SAMPLE_ID, late, late ? today.minusDays(1) : today, today, null).statusOn(today, progress);
  }

  private static final AssignmentId SAMPLE_ID = new AssignmentId(TrainingPlanId.of(1), "-", CourseId.of(1));

  private static ProgressState progress(int value) {
    return value == 2 ? ProgressState.COMPLETED : value == 1 ? ProgressState.STARTED : ProgressState.NOT_STARTED;
  }

  private static boolean bool(Object o) {
    return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
  }

  private static LocalDate localDate(Object o) {
    return o instanceof Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
  }
}
