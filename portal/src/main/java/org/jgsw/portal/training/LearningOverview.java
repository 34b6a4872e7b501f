package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jgsw.course.application.Learning;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.CreditLedger;
import org.jgsw.course.domain.CreditRequirementProgress;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.PersonCategory;
import org.jgsw.course.domain.ProgressState;
import org.jgsw.course.domain.Ratio;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.course.domain.TrainingReports;

/**
 * Read models of the learning and report screens (and the REST API): a person's assignments with
 * progress and status, the course catalogue, the credit ledger, and a plan's completion by unit.
 * Statuses come from the domain ({@link Assignment#statusOn}, {@link Enrolment#progressOf}).
 */
@ApplicationScoped
public class LearningOverview {

  /** One assignment as "我的学习" shows it. */
  public record AssignmentView(
      long courseId, String course, String category, BigDecimal creditHours, long planId, String plan, boolean required,
      LocalDate deadline, int progressPercent, AssignmentStatus status) {
    public boolean isOverdue() {
      return status == AssignmentStatus.OVERDUE;
    }
  }

  /** A published course as the catalogue shows it, with the person's progress. */
  public record CourseView(
      long courseId, int version, String title, String category, BigDecimal creditHours, int minutes, String summary,
      int lessons, int progressPercent, ProgressState progress) {}

  /** The ledger summary of the REST API plus the requirement rows of the page. */
  public record LedgerView(
      int year, PersonCategory category, BigDecimal required, BigDecimal earned, BigDecimal online, BigDecimal concentrated,
      List<CreditRequirementProgress> requirements, CreditLedger ledger) {}

  /** Completion of one group (a unit, a course, or the whole plan). */
  public record ProgressRow(String name, long assigned, long completed, long inProgress, long overdue, BigDecimal completionPercent) {}

  /** One person's assignment in a plan, for the detail table and the Excel export. */
  public record PersonRow(String staffNo, String name, String unit, String course, LocalDate deadline, AssignmentStatus status) {}

  public record PlanReport(TrainingPlan plan, ProgressRow total, List<ProgressRow> byUnit, List<ProgressRow> byCourse, List<PersonRow> people) {}

  @PersistenceContext EntityManager em;
  @Inject JpaAssignmentRepository assignments;
  @Inject JpaEnrolmentRepository enrolments;
  @Inject JpaCourseRepository courses;
  @Inject JpaTrainingPlanRepository plans;
  @Inject Learning learning;
  @Inject Clock clock;

  public List<AssignmentView> assignmentsOf(String staffNo) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<Enrolment>> byCourse = enrolments.findByPerson(staffNo).stream()
        .collect(Collectors.groupingBy(e -> e.course().course().value()));
    Map<Long, Optional<Course>> courseCache = new HashMap<>();
    Map<Long, Optional<TrainingPlan>> planCache = new HashMap<>();
    List<AssignmentView> views = new ArrayList<>();
    for (Assignment a : assignments.findByPerson(staffNo)) {
      if (!a.isActive()) {
        continue;
      }
      Optional<Course> course = courseCache.computeIfAbsent(a.course().value(), id -> current(id));
      Optional<TrainingPlan> plan = planCache.computeIfAbsent(a.plan().value(), id -> plans.find(TrainingPlanId.of(id)));
      List<Enrolment> mine = byCourse.getOrDefault(a.course().value(), List.of());
      views.add(new AssignmentView(a.course().value(), course.map(Course::title).orElse("#" + a.course().value()),
          course.map(c -> c.category().label()).orElse(""), course.map(c -> c.creditHours().value()).orElse(BigDecimal.ZERO),
          a.plan().value(), plan.map(TrainingPlan::name).orElse("#" + a.plan().value()), a.required(), a.deadline(),
          progressPercent(mine), a.statusOn(today, Enrolment.progressOf(mine))));
    }
    views.sort(Comparator.comparing((AssignmentView v) -> v.status() == AssignmentStatus.COMPLETED)
        .thenComparing(AssignmentView::deadline));
    return views;
  }

  /** Every course open for enrolment (its current version), with the person's progress. */
  public List<CourseView> catalogue(String staffNo) {
    Map<Long, List<Enrolment>> byCourse = staffNo == null ? Map.of() : enrolments.findByPerson(staffNo).stream()
        .collect(Collectors.groupingBy(e -> e.course().course().value()));
    Map<Long, Course> current = new TreeMap<>();
    for (Course c : courses.findAll()) {
      if (c.status() == CourseStatus.PUBLISHED) {
        current.merge(c.id().value(), c, (a, b) -> a.version() >= b.version() ? a : b);
      }
    }
    return current.values().stream().map(c -> {
      List<Enrolment> mine = byCourse.getOrDefault(c.id().value(), List.of());
      return new CourseView(c.id().value(), c.version(), c.title(), c.category().label(), c.creditHours().value(),
          c.estimatedMinutes(), c.summary(), c.lessons().size(), progressPercent(mine), Enrolment.progressOf(mine));
    }).toList();
  }

  public LedgerView ledgerOf(String staffNo, PersonCategory category, int year) {
    CreditLedger ledger = learning.ledger(staffNo, year, category);
    BigDecimal required = ledger.requirements().stream()
        .filter(r -> !r.name().startsWith("五年"))
        .map(r -> r.required().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal online = ledger.online().value();
    BigDecimal concentrated = ledger.concentrated().value();
    return new LedgerView(year, category, required, online.add(concentrated), online, concentrated, ledger.requirements(), ledger);
  }

  public Optional<Course> current(long courseId) {
    List<Course> versions = courses.findVersions(org.jgsw.course.domain.CourseId.of(courseId));
    return versions.stream().filter(c -> c.status() == CourseStatus.PUBLISHED).reduce((a, b) -> b)
        .or(() -> versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1)));
  }

  /** Completion of a plan in total, by unit (the person's own unit) and by course; people who left are not counted. */
  public Optional<PlanReport> planReport(long planId) {
    Optional<TrainingPlan> plan = plans.find(TrainingPlanId.of(planId));
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    List<Assignment> active = assignments.findByPlan(TrainingPlanId.of(planId)).stream().filter(Assignment::isActive).toList();
    List<Long> courseIds = active.stream().map(a -> a.course().value()).distinct().toList();
    Map<String, List<Enrolment>> enrolled = new HashMap<>();
    if (!courseIds.isEmpty()) {
      em.createQuery("SELECT e FROM EnrolmentRecord e WHERE e.courseId IN :courses", EnrolmentRecord.class)
          .setParameter("courses", courseIds).getResultList().stream().map(EnrolmentRecord::toEnrolment)
          .forEach(e -> enrolled.computeIfAbsent(e.personId() + "|" + e.course().course().value(), k -> new ArrayList<>()).add(e));
    }
    Map<String, String[]> personInfo = new HashMap<>();
    for (Object[] row : em.createQuery("SELECT p.staffNo, p.name, u.name FROM Person p JOIN p.unit u", Object[].class).getResultList()) {
      personInfo.put((String) row[0], new String[] {(String) row[1], (String) row[2]});
    }
    Map<Long, String> titles = new HashMap<>();
    courseIds.forEach(id -> titles.put(id, current(id).map(Course::title).orElse("#" + id)));
    Map<String, List<AssignmentStatus>> byUnit = new TreeMap<>();
    Map<String, List<AssignmentStatus>> byCourse = new LinkedHashMap<>();
    List<AssignmentStatus> all = new ArrayList<>();
    List<PersonRow> people = new ArrayList<>();
    for (Assignment a : active) {
      AssignmentStatus s = a.statusOn(today, Enrolment.progressOf(enrolled.getOrDefault(a.personId() + "|" + a.course().value(), List.of())));
      String[] info = personInfo.getOrDefault(a.personId(), new String[] {a.personId(), "—"});
      String title = titles.get(a.course().value());
      all.add(s);
      byUnit.computeIfAbsent(info[1], k -> new ArrayList<>()).add(s);
      byCourse.computeIfAbsent(title, k -> new ArrayList<>()).add(s);
      people.add(new PersonRow(a.personId(), info[0], info[1], title, a.deadline(), s));
    }
    return Optional.of(new PlanReport(plan.get(), row("合计", all),
        byUnit.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList(),
        byCourse.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList(), people));
  }

  static ProgressRow row(String name, Collection<AssignmentStatus> statuses) {
    Map<AssignmentStatus, Long> counts = TrainingReports.countByStatus(statuses);
    Ratio rate = TrainingReports.completionRate(statuses);
    return new ProgressRow(name, statuses.size(), counts.getOrDefault(AssignmentStatus.COMPLETED, 0L),
        counts.getOrDefault(AssignmentStatus.IN_PROGRESS, 0L), TrainingReports.overdueCount(statuses), rate.percent());
  }

  private int progressPercent(List<Enrolment> mine) {
    int best = 0;
    for (Enrolment e : mine) {
      if (e.isCompleted()) {
        return 100;
      }
      Optional<Course> c = courses.find(e.course());
      if (c.isPresent()) {
        best = Math.max(best, e.lessonProgress(c.get()).barPercent().intValue());
      }
    }
    return best;
  }
}
