package org.jgsw.portal.training;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.QuizPurpose;
import org.jgsw.course.domain.ReactionResponse;

/**
 * The rows the evaluation reports count, loaded in one query per table (never per person or
 * course) for a scope: everything, one course, or one person. Queries carry only the conditions
 * in use, because a null parameter fails on PostgreSQL.
 */
final class EvaluationData {

  /** A person as the reports name them. */
  record PersonInfo(String staffNo, String name, String unit) {}

  /** A course's current (latest published, else latest) title and credit hours. */
  record CourseInfo(long id, String title, BigDecimal creditHours) {}

  final List<Assignment> assignments;
  final Map<String, List<Enrolment>> enrolmentsByPersonCourse = new HashMap<>();
  final List<Enrolment> enrolments;
  final Map<Long, QuizPurpose> quizPurpose = new HashMap<>();
  final Map<Long, Long> quizCourse = new HashMap<>();
  final List<Attempt> attempts;
  final List<ReactionResponse> reactions;
  final List<BehaviourRatingRequest> ratings;
  final Map<String, PersonInfo> people = new HashMap<>();
  final Map<Long, CourseInfo> courses = new HashMap<>();
  final Map<Long, String> planNames = new HashMap<>();

  private EvaluationData(EntityManager em, Long courseId, String personId, Long planId) {
    String course = courseId == null ? "" : " AND x.courseId = :course";
    String person = personId == null ? "" : " AND x.personId = :person";
    // a plan's rows: its people in its courses (a correlated subquery, not a list of thousands of ids)
    String inPlan = planId == null ? ""
        : " AND EXISTS (SELECT a FROM AssignmentRecord a WHERE a.planId = :plan AND a.personId = x.personId AND a.courseId = x.courseId)";
    assignments = list(em, "SELECT x FROM AssignmentRecord x WHERE x.leftOn IS NULL" + course + person
        + (planId == null ? "" : " AND x.planId = :plan"), AssignmentRecord.class, courseId, personId, planId)
        .stream().map(AssignmentRecord::toAssignment).toList();
    enrolments = list(em, "SELECT x FROM EnrolmentRecord x WHERE 1 = 1" + course + person + inPlan, EnrolmentRecord.class,
        courseId, personId, planId).stream().map(EnrolmentRecord::toEnrolment).toList();
    enrolments.forEach(e -> enrolmentsByPersonCourse.computeIfAbsent(key(e.personId(), e.course().course().value()), k -> new ArrayList<>()).add(e));
    for (Object[] q : list(em, "SELECT x.id, x.courseId, x.purpose FROM QuizRecord x WHERE 1 = 1" + course
        + (planId == null ? "" : " AND x.courseId IN (SELECT a.courseId FROM AssignmentRecord a WHERE a.planId = :plan)"),
        Object[].class, courseId, null, planId)) {
      quizPurpose.put((Long) q[0], QuizPurpose.valueOf((String) q[2]));
      quizCourse.put((Long) q[0], (Long) q[1]);
    }
    if (courseId != null && quizPurpose.isEmpty()) {
      attempts = List.of();
    } else {
      TypedQuery<AttemptRecord> a = em.createQuery("SELECT x FROM AttemptRecord x WHERE x.submittedAt IS NOT NULL"
          + (courseId == null ? "" : " AND x.quizId IN :quizzes") + person
          + (planId == null ? "" : " AND EXISTS (SELECT a FROM AssignmentRecord a, QuizRecord q WHERE q.id = x.quizId"
              + " AND a.planId = :plan AND a.personId = x.personId AND a.courseId = q.courseId)"), AttemptRecord.class);
      if (courseId != null) {
        a.setParameter("quizzes", List.copyOf(quizPurpose.keySet()));
      }
      if (personId != null) {
        a.setParameter("person", personId);
      }
      if (planId != null) {
        a.setParameter("plan", planId);
      }
      attempts = a.getResultList().stream().map(AttemptRecord::toAttempt).filter(x -> quizPurpose.containsKey(x.id().quiz().value())).toList();
    }
    reactions = list(em, "SELECT x FROM ReactionRecord x WHERE 1 = 1" + course + person + inPlan, ReactionRecord.class,
        courseId, personId, planId).stream().map(ReactionRecord::toResponse).toList();
    ratings = list(em, "SELECT x FROM RatingRequestRecord x WHERE x.rated = TRUE" + course + person + inPlan, RatingRequestRecord.class,
        courseId, personId, planId).stream().map(RatingRequestRecord::toRequest).toList();
    TypedQuery<Object[]> names = em.createQuery("SELECT p.staffNo, p.name, u.name FROM Person p JOIN p.unit u"
        + (personId == null ? "" : " WHERE p.staffNo = :person"), Object[].class);
    if (personId != null) {
      names.setParameter("person", personId);
    }
    for (Object[] row : names.getResultList()) {
      people.put((String) row[0], new PersonInfo((String) row[0], (String) row[1], (String) row[2]));
    }
    TypedQuery<Object[]> versions = em.createQuery(
        "SELECT x.courseId, x.title, x.creditHours, x.status FROM CourseVersionRecord x WHERE 1 = 1" + course
            + " ORDER BY x.courseId, x.versionNo", Object[].class);
    if (courseId != null) {
      versions.setParameter("course", courseId);
    }
    Map<Long, Boolean> hasPublished = new HashMap<>();
    for (Object[] v : versions.getResultList()) {
      long id = (Long) v[0];
      boolean published = "PUBLISHED".equals(v[3]);
      // the latest published version names the course; before any is published, the latest draft
      if (published || !hasPublished.getOrDefault(id, false)) {
        courses.put(id, new CourseInfo(id, (String) v[1], new BigDecimal((String) v[2])));
      }
      hasPublished.merge(id, published, Boolean::logicalOr);
    }
    for (Object[] p : em.createQuery("SELECT x.id, x.name FROM PlanRecord x", Object[].class).getResultList()) {
      planNames.put((Long) p[0], (String) p[1]);
    }
  }

  static EvaluationData all(EntityManager em) {
    return new EvaluationData(em, null, null, null);
  }

  static EvaluationData ofCourse(EntityManager em, long courseId) {
    return new EvaluationData(em, courseId, null, null);
  }

  static EvaluationData ofPerson(EntityManager em, String personId) {
    return new EvaluationData(em, null, personId, null);
  }

  /** A plan's assignments, and the study, quiz and evaluation rows of its people in its courses. */
  static EvaluationData ofPlan(EntityManager em, long planId) {
    return new EvaluationData(em, null, null, planId);
  }

  private static <T> List<T> list(EntityManager em, String jpql, Class<T> type, Long courseId, String personId, Long planId) {
    TypedQuery<T> q = em.createQuery(jpql, type);
    if (courseId != null) {
      q.setParameter("course", courseId);
    }
    if (personId != null) {
      q.setParameter("person", personId);
    }
    if (planId != null) {
      q.setParameter("plan", planId);
    }
    return q.getResultList();
  }

  static String key(String personId, long courseId) {
    return personId + "|" + courseId;
  }

  List<Enrolment> enrolmentsOf(String personId, long courseId) {
    return enrolmentsByPersonCourse.getOrDefault(key(personId, courseId), List.of());
  }

  long courseOf(Attempt a) {
    return quizCourse.get(a.id().quiz().value());
  }

  boolean isPreTest(Attempt a) {
    return quizPurpose.get(a.id().quiz().value()) == QuizPurpose.PRE_TEST;
  }

  PersonInfo person(String staffNo) {
    return people.getOrDefault(staffNo, new PersonInfo(staffNo, staffNo, "—"));
  }

  String courseTitle(long courseId) {
    CourseInfo c = courses.get(courseId);
    return c == null ? "#" + courseId : c.title();
  }

  static <T, K> Map<K, List<T>> groupBy(Collection<T> rows, Function<T, Collection<K>> keys) {
    Map<K, List<T>> groups = new HashMap<>();
    for (T row : rows) {
      for (K k : keys.apply(row)) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
      }
    }
    return groups;
  }
}
