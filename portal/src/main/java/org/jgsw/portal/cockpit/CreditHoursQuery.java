package org.jgsw.portal.cockpit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.course.application.LearningSettings;

/**
 * Online credit hours (网络学习学时) of a year, summed in the database as each person's ledger counts
 * them ({@code LearningOverview.ledgerOf}, {@code CreditLedger}): a course counts once, with the hours
 * of the version completed first, in the year of that first completion in the bureau's time zone.
 * Completion times are stored in UTC, so the year's bounds are converted, not the rows.
 */
@ApplicationScoped
class CreditHoursQuery {

  /** A unit's own people: how many have hours, how many meet the requirement, and their hours. */
  record UnitHours(long withHours, long meetingRequirement, BigDecimal hours) {

    static final UnitHours NONE = new UnitHours(0, 0, BigDecimal.ZERO);

    UnitHours plus(UnitHours o) {
      return new UnitHours(withHours + o.withHours, meetingRequirement + o.meetingRequirement, hours.add(o.hours));
    }
  }

  @PersistenceContext EntityManager em;
  @Inject LearningSettings settings;

  /** The online-hours requirement of a year for everyone (the policy's first rule). */
  BigDecimal requirement() {
    return settings.creditPolicy().onlinePerYear().value();
  }

  /** Per unit id (people's own unit, not rolled up): people with hours, meeting the requirement, hours. */
  Map<Long, UnitHours> byUnit(int year) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT unit_id, COUNT(*), SUM(CASE WHEN hours >= ?1 THEN 1 ELSE 0 END), SUM(hours) FROM ("
            + perPerson("") + ") x GROUP BY unit_id")
        .setParameter(1, requirement())
        .setParameter(2, start(year))
        .setParameter(3, start(year + 1))
        .getResultList();
    Map<Long, UnitHours> map = new HashMap<>();
    for (Object[] r : rows) {
      map.put(((Number) r[0]).longValue(), new UnitHours(((Number) r[1]).longValue(), ((Number) r[2]).longValue(), decimal(r[3])));
    }
    return map;
  }

  /** Hours by staff number of the people whose own unit is {@code unitId} (only those with hours). */
  Map<String, BigDecimal> ofUnitPeople(long unitId, int year) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT staff_no, hours FROM (" + perPerson(" AND p.unit_id = ?4") + ") x")
        .setParameter(2, start(year))
        .setParameter(3, start(year + 1))
        .setParameter(4, unitId)
        .getResultList();
    Map<String, BigDecimal> map = new HashMap<>();
    rows.forEach(r -> map.put((String) r[0], decimal(r[1])));
    return map;
  }

  /** Each active person's online hours of the year (?2 ≤ first completion < ?3). */
  private static String perPerson(String condition) {
    return "SELECT p.unit_id AS unit_id, p.staff_no AS staff_no, SUM(CAST(v.credit_hours AS DECIMAL(10,2))) AS hours"
        + " FROM trn_enrolment e JOIN person p ON p.staff_no = e.person_id"
        + " JOIN trn_course_version v ON v.course_id = e.course_id AND v.version_no = e.version_no"
        + " WHERE p.active = TRUE AND e.completed_at >= ?2 AND e.completed_at < ?3" + condition
        + " AND NOT EXISTS (SELECT 1 FROM trn_enrolment f WHERE f.person_id = e.person_id AND f.course_id = e.course_id"
        + " AND f.completed_at IS NOT NULL AND (f.completed_at < e.completed_at OR (f.completed_at = e.completed_at AND f.id < e.id)))"
        + " GROUP BY p.unit_id, p.staff_no";
  }

  private Timestamp start(int year) {
    return Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay(settings.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
  }

  private static BigDecimal decimal(Object o) {
    return o == null ? BigDecimal.ZERO : new BigDecimal(o.toString()).stripTrailingZeros();
  }
}
