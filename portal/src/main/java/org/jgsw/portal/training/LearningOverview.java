package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jgsw.course.application.LearningSettings;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.CreditEntry;
import org.jgsw.course.domain.CreditHours;
import org.jgsw.course.domain.CreditKind;
import org.jgsw.course.domain.CreditLedger;
import org.jgsw.course.domain.CreditRequirementProgress;
import org.jgsw.course.domain.CreditRules;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.OfflineTraining;
import org.jgsw.course.domain.PersonCategory;
import org.jgsw.course.domain.ProgressState;
import org.jgsw.course.domain.Ratio;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.portal.organisation.Person;

/**
 * Read models of the learning and report screens (and the REST API): a person's assignments with
 * progress and status, the course catalogue, the credit ledger, and a plan's completion by unit.
 * Statuses come from the domain ({@link Assignment#statusOn}, {@link Enrolment#progressOf}).
 */
@ApplicationScoped
public class LearningOverview {

  /** One assignment as "我的学习" shows it. */
  public record AssignmentView(
      long courseId, String course, CourseCategory category, BigDecimal creditHours, long planId, String plan, boolean required,
      LocalDate deadline, int progressPercent, AssignmentStatus status) {
    public boolean isOverdue() {
      return status == AssignmentStatus.OVERDUE;
    }
  }

  /** A published course as the catalogue shows it, with the person's progress. */
  public record CourseView(
      long courseId, int version, String title, CourseCategory category, BigDecimal creditHours, int minutes, String summary,
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
  @Inject JpaCourseRepository courses;
  @Inject JpaTrainingPlanRepository plans;
  @Inject JpaOfflineTrainingRepository offlineTrainings;
  @Inject CourseVersionFacts versions;
  @Inject PlanNames planNames;
  @Inject AssignmentProgressQuery progress;
  @Inject LearningSettings settings;
  @Inject Clock clock;

  /**
   * A person's enrolment as its columns hold it: enough for progress and credit, so that 我的学习
   * reads no enrolment document (a person may have a hundred).
   */
  private record EnrolmentFacts(long courseId, int version, int lessonsDone, LocalDateTime completedAt, boolean started) {
    ProgressState state() {
      return completedAt != null ? ProgressState.COMPLETED : started ? ProgressState.STARTED : ProgressState.NOT_STARTED;
    }

    String versionKey() {
      return courseId + "-" + version;
    }
  }

  /** 我的学习 in one go: the assignments and the ledger, reading the person's enrolments once. */
  public record MyLearning(List<AssignmentView> assignments, LedgerView ledger) {}

  /**
   * The person behind a login with their post, in one query (the post decides the credit-hour
   * requirement, see {@link TrainingPeople#categoryOf}).
   */
  public Optional<Person> learnerOf(String username) {
    return em.createQuery("SELECT p FROM UserAccount a JOIN a.person p LEFT JOIN FETCH p.post WHERE a.username = :username", Person.class)
        .setParameter("username", username).getResultStream().findFirst();
  }

  /**
   * The person's assignments and the ledger of {@code year}: three queries whatever the number of courses (enrolment
   * columns, assignments, offline classes); course versions and plan names come from what {@link CourseVersionFacts} and
   * {@link PlanNames} keep, and the documents of course versions are read once.
   */
  public MyLearning myLearning(String staffNo, PersonCategory category, int year) {
    List<EnrolmentFacts> enrolled = enrolmentsOf(staffNo);
    List<AssignmentFacts> active = activeAssignmentsOf(staffNo);
    Set<Long> courseIds = new HashSet<>();
    enrolled.forEach(e -> courseIds.add(e.courseId()));
    active.forEach(a -> courseIds.add(a.courseId()));
    Map<Long, List<CourseVersionFacts.Version>> courseVersions = versions.versionsOf(courseIds);
    return new MyLearning(assignmentViews(active, enrolled, courseVersions), ledger(staffNo, category, year, enrolled, courseVersions));
  }

  /** The person's active assignments, unfinished first, by deadline; two queries, whatever the number of assignments. */
  public List<AssignmentView> assignmentsOf(String staffNo) {
    List<EnrolmentFacts> enrolled = enrolmentsOf(staffNo);
    List<AssignmentFacts> active = activeAssignmentsOf(staffNo);
    Set<Long> courseIds = new HashSet<>();
    enrolled.forEach(e -> courseIds.add(e.courseId()));
    active.forEach(a -> courseIds.add(a.courseId()));
    return assignmentViews(active, enrolled, versions.versionsOf(courseIds));
  }

  private List<AssignmentView> assignmentViews(
      List<AssignmentFacts> active, List<EnrolmentFacts> enrolled, Map<Long, List<CourseVersionFacts.Version>> courseVersions) {
    if (active.isEmpty()) {
      return new ArrayList<>();
    }
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<EnrolmentFacts>> byCourse = enrolled.stream().collect(Collectors.groupingBy(EnrolmentFacts::courseId));
    Map<String, CourseVersionFacts.Content> content = versions.contentOf(enrolledVersions(byCourse, courseVersions, false));
    Map<Long, String> names = planNames.of(active.stream().map(AssignmentFacts::planId).collect(Collectors.toSet()));
    List<AssignmentView> views = new ArrayList<>();
    for (AssignmentFacts a : active) {
      CourseVersionFacts.Version course = CourseVersionFacts.current(courseVersions.getOrDefault(a.courseId(), List.of()));
      List<EnrolmentFacts> mine = byCourse.getOrDefault(a.courseId(), List.of());
      views.add(new AssignmentView(a.courseId(), course == null ? "#" + a.courseId() : course.title(),
          course == null ? null : course.category(), course == null ? BigDecimal.ZERO : course.creditHours(),
          a.planId(), names.getOrDefault(a.planId(), "#" + a.planId()), a.required(), a.deadline(),
          progressPercent(mine, content), a.toAssignment().statusOn(today, progressOf(mine))));
    }
    views.sort(Comparator.comparing((AssignmentView v) -> v.status() == AssignmentStatus.COMPLETED)
        .thenComparing(AssignmentView::deadline));
    return views;
  }

  /** Every course open for enrolment (its current version), with the person's progress. */
  public List<CourseView> catalogue(String staffNo) {
    Map<Long, List<EnrolmentFacts>> byCourse = staffNo == null ? Map.of()
        : enrolmentsOf(staffNo).stream().collect(Collectors.groupingBy(EnrolmentFacts::courseId));
    Map<Long, CourseVersionFacts.Version> current = new TreeMap<>();
    Map<Long, List<CourseVersionFacts.Version>> all = new HashMap<>();
    for (CourseVersionFacts.Version v : versions.all()) {
      all.computeIfAbsent(v.courseId(), k -> new ArrayList<>()).add(v);
      if (v.status() == CourseStatus.PUBLISHED) {
        current.put(v.courseId(), v);
      }
    }
    List<CourseVersionFacts.Version> wanted = new ArrayList<>(current.values());
    wanted.addAll(enrolledVersions(byCourse, all, false));
    Map<String, CourseVersionFacts.Content> content = versions.contentOf(wanted);
    return current.values().stream().map(c -> {
      List<EnrolmentFacts> mine = byCourse.getOrDefault(c.courseId(), List.of());
      CourseVersionFacts.Content text = content.get(c.key());
      return new CourseView(c.courseId(), c.version(), c.title(), c.category(), c.creditHours(), text.minutes(), text.summary(),
          text.lessons(), progressPercent(mine, content), progressOf(mine));
    }).toList();
  }

  /**
   * The person's credit-hour ledger for {@code year}, from the completed enrolments' columns and the
   * offline classes attended. An entry is what {@link CreditRules#earnedFor} gives for a completed
   * enrolment: the completed version's hours, on the day of completion in the bureau's time zone,
   * counted once per course.
   */
  public LedgerView ledgerOf(String staffNo, PersonCategory category, int year) {
    List<EnrolmentFacts> enrolled = enrolmentsOf(staffNo);
    return ledger(staffNo, category, year, enrolled,
        versions.versionsOf(enrolled.stream().filter(e -> e.completedAt() != null).map(EnrolmentFacts::courseId).collect(Collectors.toSet())));
  }

  private LedgerView ledger(
      String staffNo, PersonCategory category, int year, List<EnrolmentFacts> enrolled, Map<Long, List<CourseVersionFacts.Version>> courseVersions) {
    List<CreditEntry> entries = new ArrayList<>();
    for (EnrolmentFacts e : enrolled) {
      if (e.completedAt() == null) {
        continue;
      }
      courseVersions.getOrDefault(e.courseId(), List.of()).stream().filter(v -> v.version() == e.version()).findFirst()
          .ifPresent(v -> entries.add(new CreditEntry(staffNo, CreditKind.ONLINE,
              e.completedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(settings.zone()).toLocalDate(),
              new CreditHours(v.creditHours()), 0, v.title(), CreditRules.sourceRefOf(CourseId.of(v.courseId())))));
    }
    for (OfflineTraining t : offlineTrainings.findByAttendee(staffNo)) {
      t.creditEntries().stream().filter(c -> c.personId().equals(staffNo)).forEach(entries::add);
    }
    CreditLedger ledger = CreditLedger.of(staffNo, year, category, entries, settings.creditPolicy());
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

  /** A plan's completion in total, by unit and by course, without the per-person rows. */
  public record PlanProgress(TrainingPlan plan, ProgressRow total, List<ProgressRow> byUnit, List<ProgressRow> byCourse) {}

  /**
   * The figures of {@link #planReport} without the per-person rows, counted in the database (GROUP BY
   * unit, course and status), so that a plan for the whole province (100,000+ assignments) is quick.
   */
  public Optional<PlanProgress> planProgress(long planId) {
    Optional<TrainingPlan> plan = plans.find(TrainingPlanId.of(planId));
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    List<AssignmentProgressQuery.PlanCount> counts = progress.byUnitAndCourseOfPlan(planId, LocalDate.now(clock));
    Map<Long, String> unitNames = new HashMap<>();
    em.createQuery("SELECT u.id, u.name FROM Unit u", Object[].class).getResultList()
        .forEach(r -> unitNames.put(((Number) r[0]).longValue(), (String) r[1]));
    Map<Long, List<CourseVersionFacts.Version>> courseVersions =
        versions.versionsOf(counts.stream().map(AssignmentProgressQuery.PlanCount::courseId).collect(Collectors.toSet()));
    Map<String, AssignmentProgressQuery.Counts> byUnit = new TreeMap<>();
    Map<Long, AssignmentProgressQuery.Counts> byCourse = new TreeMap<>();
    AssignmentProgressQuery.Counts total = AssignmentProgressQuery.Counts.NONE;
    for (AssignmentProgressQuery.PlanCount c : counts) {
      String unit = c.unitId() == null ? "—" : unitNames.getOrDefault(c.unitId(), "—");
      byUnit.merge(unit, c.counts(), AssignmentProgressQuery.Counts::plus);
      byCourse.merge(c.courseId(), c.counts(), AssignmentProgressQuery.Counts::plus);
      total = total.plus(c.counts());
    }
    return Optional.of(new PlanProgress(plan.get(), row("合计", total),
        byUnit.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList(),
        byCourse.entrySet().stream().map(e -> {
          CourseVersionFacts.Version v = CourseVersionFacts.current(courseVersions.getOrDefault(e.getKey(), List.of()));
          return row(v == null ? "#" + e.getKey() : v.title(), e.getValue());
        }).toList()));
  }

  private static ProgressRow row(String name, AssignmentProgressQuery.Counts c) {
    return new ProgressRow(name, c.assigned(), c.completed(), c.inProgress(), c.overdue(), c.completionPercent());
  }

  /**
   * Completion of a plan in total, by unit (the person's own unit) and by course; people who left are
   * not counted. Progress comes from the database with the assignments (one query, no enrolment
   * documents); statuses from {@link Assignment#statusOn}.
   */
  public Optional<PlanReport> planReport(long planId) {
    Optional<TrainingPlan> plan = plans.find(TrainingPlanId.of(planId));
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    List<AssignmentProgressQuery.Row> rows = progress.rowsOfPlan(planId);
    Map<Long, List<CourseVersionFacts.Version>> courseVersions =
        versions.versionsOf(rows.stream().map(AssignmentProgressQuery.Row::courseId).collect(Collectors.toSet()));
    Map<Long, String> titles = new HashMap<>();
    courseVersions.forEach((id, list) -> titles.put(id, CourseVersionFacts.current(list).title()));
    Map<String, List<AssignmentStatus>> byUnit = new TreeMap<>();
    Map<String, List<AssignmentStatus>> byCourse = new LinkedHashMap<>();
    List<AssignmentStatus> all = new ArrayList<>();
    List<PersonRow> people = new ArrayList<>();
    for (AssignmentProgressQuery.Row r : rows) {
      Assignment a = Assignment.restore(new AssignmentId(TrainingPlanId.of(planId), r.staffNo(), CourseId.of(r.courseId())), r.required(),
          r.deadline(), r.deadline(), null);
      AssignmentStatus s = a.statusOn(today, r.progress());
      String name = r.name() == null ? r.staffNo() : r.name();
      String unit = r.unit() == null ? "—" : r.unit();
      String title = titles.getOrDefault(r.courseId(), "#" + r.courseId());
      all.add(s);
      byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(s);
      byCourse.computeIfAbsent(title, k -> new ArrayList<>()).add(s);
      people.add(new PersonRow(r.staffNo(), name, unit, title, r.deadline(), s));
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

  private List<EnrolmentFacts> enrolmentsOf(String staffNo) {
    return em.createQuery("SELECT e.courseId, e.versionNo, e.lessonsDone, e.completedAt, e.started FROM EnrolmentRecord e "
            + "WHERE e.personId = :person ORDER BY e.id", Object[].class)
        .setParameter("person", staffNo).getResultList().stream()
        .map(r -> new EnrolmentFacts(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
            (LocalDateTime) r[3], Boolean.TRUE.equals(r[4])))
        .toList();
  }

  /** The versions of the person's unfinished enrolments (whose progress bar needs the lesson count), or of all if {@code all}. */
  private static List<CourseVersionFacts.Version> enrolledVersions(
      Map<Long, List<EnrolmentFacts>> byCourse, Map<Long, List<CourseVersionFacts.Version>> courseVersions, boolean all) {
    List<CourseVersionFacts.Version> wanted = new ArrayList<>();
    byCourse.forEach((courseId, mine) -> {
      if (all || mine.stream().noneMatch(e -> e.completedAt() != null)) {
        Set<Integer> numbers = mine.stream().map(EnrolmentFacts::version).collect(Collectors.toSet());
        courseVersions.getOrDefault(courseId, List.of()).stream().filter(v -> numbers.contains(v.version())).forEach(wanted::add);
      }
    });
    return wanted;
  }

  /** As {@link Enrolment#progressOf}: completed if one enrolment is, else started if one is. */
  private static ProgressState progressOf(List<EnrolmentFacts> mine) {
    ProgressState best = ProgressState.NOT_STARTED;
    for (EnrolmentFacts e : mine) {
      if (e.state().ordinal() > best.ordinal()) {
        best = e.state();
      }
    }
    return best;
  }

  /** An active assignment's columns (no entity is managed: 我的学习 only reads). */
  private record AssignmentFacts(String personId, long planId, long courseId, boolean required, LocalDate deadline, LocalDate assignedOn) {
    Assignment toAssignment() {
      return Assignment.restore(new AssignmentId(TrainingPlanId.of(planId), personId, CourseId.of(courseId)), required, deadline, assignedOn, null);
    }
  }

  private List<AssignmentFacts> activeAssignmentsOf(String staffNo) {
    return em.createQuery("SELECT a.planId, a.courseId, a.required, a.deadline, a.assignedOn FROM AssignmentRecord a "
            + "WHERE a.personId = :person AND a.leftOn IS NULL ORDER BY a.deadline, a.courseId", Object[].class)
        .setParameter("person", staffNo).getResultList().stream()
        .map(r -> new AssignmentFacts(staffNo, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Boolean.TRUE.equals(r[2]),
            (LocalDate) r[3], (LocalDate) r[4]))
        .toList();
  }

  /** 100 once completed, else the best share of lessons done over the person's enrolments (as {@link Enrolment#lessonProgress}). */
  private static int progressPercent(List<EnrolmentFacts> mine, Map<String, CourseVersionFacts.Content> content) {
    int best = 0;
    for (EnrolmentFacts e : mine) {
      if (e.completedAt() != null) {
        return 100;
      }
      CourseVersionFacts.Content c = content.get(e.versionKey());
      if (c != null) {
        best = Math.max(best, Ratio.of(Math.min(e.lessonsDone(), c.lessons()), c.lessons()).barPercent().intValue());
      }
    }
    return best;
  }
}
