package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jgsw.course.application.LearningSettings;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.BehaviourRating;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EvaluationSummary;
import org.jgsw.course.domain.ReactionResponse;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.portal.organisation.Person;

/**
 * The training-effect reports (培训效果评价) per course, unit, person and plan: completion and overdue
 * (of active assignments), L1 average rating, L2 pass rate and pre-/post-test gain, L3 supervisor
 * ratings. Every figure is an {@link EvaluationSummary} computed by the domain's {@link
 * TrainingReports}; this class only selects and groups the rows ({@link EvaluationData}).
 */
@ApplicationScoped
@Transactional
public class TrainingEvaluationReports {

  /** One named row of a report table: a course, a unit, a plan or a person. */
  public record SummaryRow(String key, String name, long people, EvaluationSummary summary) {}

  /** A person's figures in one course. */
  public record LearnerRow(String staffNo, String name, String unit, AssignmentStatus assignment, boolean completed,
      LocalDate completedOn, BigDecimal preTest, BigDecimal postTest, boolean passed, int attempts, BigDecimal gain,
      BigDecimal l1, BigDecimal l3) {}

  public record CourseReport(long courseId, String title, SummaryRow total, List<SummaryRow> byPlan, List<SummaryRow> byUnit,
      List<LearnerRow> learners) {}

  /** One assignment of a person. */
  public record PersonAssignment(String course, String plan, boolean required, LocalDate deadline, AssignmentStatus status) {}

  /** A course a person was assigned or studied, with their results. */
  public record PersonCourse(long courseId, String course, BigDecimal creditHours, boolean completed, LocalDate completedOn,
      BigDecimal preTest, BigDecimal postTest, boolean passed, int attempts, BigDecimal gain, BigDecimal l1, BigDecimal l3) {}

  /** A person found by the report's search. */
  public record PersonHit(String staffNo, String name, String unit) {}

  public record PersonReport(String staffNo, String name, String unit, EvaluationSummary total, List<PersonAssignment> assignments,
      List<PersonCourse> courses, LearningOverview.LedgerView ledger, BigDecimal creditHoursCompleted) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LearningSettings settings;
  @Inject TrainingPeople people;
  @Inject LearningOverview overview;

  /** The overview page's two tables, from one load of the rows. */
  public record Overview(List<SummaryRow> byCourse, List<SummaryRow> byUnit) {}

  public Overview overview() {
    EvaluationData d = EvaluationData.all(em);
    return new Overview(courseRows(d), unitRows(d, (p, c) -> true));
  }

  /** Every course across all plans (and electives), in title order. */
  public List<SummaryRow> byCourse() {
    return courseRows(EvaluationData.all(em));
  }

  /** Every unit with people who have assignments or study records, by the person's own unit. */
  public List<SummaryRow> byUnit() {
    return unitRows(EvaluationData.all(em), (p, c) -> true);
  }

  /**
   * Every person's rows (all courses) summed per group: {@code groupsOf(staffNo)} names the groups a
   * person counts in (none: left out), e.g. the cockpit's sub-unit row and its total. The key is both
   * the row's key and name.
   */
  public <K> Map<K, SummaryRow> byPersonGroups(java.util.function.Function<String, Collection<K>> groupsOf) {
    EvaluationData d = EvaluationData.all(em);
    Map<String, Collection<K>> memo = new java.util.HashMap<>();
    java.util.function.BiFunction<String, Long, Collection<K>> keys = (p, c) -> memo.computeIfAbsent(p, groupsOf);
    Map<K, Set<String>> people = learners(d, keys);
    Map<K, SummaryRow> rows = new java.util.HashMap<>();
    summarise(d, keys).forEach((k, s) -> rows.put(k, new SummaryRow(String.valueOf(k), String.valueOf(k),
        people.getOrDefault(k, Set.of()).size(), s)));
    return rows;
  }

  private List<SummaryRow> courseRows(EvaluationData d) {
    Map<Long, EvaluationSummary> sums = summarise(d, (p, c) -> List.of(c));
    Map<Long, Set<String>> learners = learners(d, (p, c) -> List.of(c));
    List<SummaryRow> rows = new ArrayList<>();
    for (EvaluationData.CourseInfo c : d.courses.values()) {
      rows.add(new SummaryRow(String.valueOf(c.id()), c.title(), learners.getOrDefault(c.id(), Set.of()).size(),
          sums.getOrDefault(c.id(), empty())));
    }
    rows.sort(Comparator.comparing(SummaryRow::name));
    return rows;
  }

  public Optional<CourseReport> course(long courseId) {
    EvaluationData d = EvaluationData.ofCourse(em, courseId);
    if (!d.courses.containsKey(courseId)) {
      return Optional.empty();
    }
    Map<String, EvaluationSummary> total = summarise(d, (p, c) -> List.of("all"));
    Set<String> all = learners(d, (p, c) -> List.of("all")).getOrDefault("all", Set.of());
    // a person's course results count in every plan that assigns them the course
    Map<String, List<Long>> plansOf = new java.util.HashMap<>();
    d.assignments.forEach(a -> plansOf.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a.plan().value()));
    Map<Long, EvaluationSummary> byPlan = summarise(d, (p, c) -> plansOf.getOrDefault(p, List.of()));
    Map<Long, Set<String>> planPeople = learners(d, (p, c) -> plansOf.getOrDefault(p, List.of()));
    List<SummaryRow> plans = byPlan.entrySet().stream()
        .map(e -> new SummaryRow(String.valueOf(e.getKey()), d.planNames.getOrDefault(e.getKey(), "#" + e.getKey()),
            planPeople.getOrDefault(e.getKey(), Set.of()).size(), e.getValue()))
        .sorted(Comparator.comparing(SummaryRow::name)).toList();
    List<LearnerRow> learners = new ArrayList<>();
    for (String staffNo : all) {
      PersonCourse pc = personCourse(d, staffNo, courseId);
      EvaluationData.PersonInfo info = d.person(staffNo);
      AssignmentStatus status = d.assignments.stream().filter(a -> a.personId().equals(staffNo)).findFirst()
          .map(a -> statusOf(d, a)).orElse(null);
      learners.add(new LearnerRow(staffNo, info.name(), info.unit(), status, pc.completed(), pc.completedOn(), pc.preTest(),
          pc.postTest(), pc.passed(), pc.attempts(), pc.gain(), pc.l1(), pc.l3()));
    }
    return Optional.of(new CourseReport(courseId, d.courseTitle(courseId),
        new SummaryRow("all", "合计", all.size(), total.getOrDefault("all", empty())), plans, unitRows(d, (p, c) -> true), learners));
  }

  /** The evaluation figures of a plan: its active assignments, and L1–L3 of its people in its courses. */
  public SummaryRow plan(long planId) {
    EvaluationData d = EvaluationData.ofPlan(em, planId);
    Set<String> pairs = new HashSet<>();
    d.assignments.stream().filter(a -> a.plan().value() == planId).forEach(a -> pairs.add(EvaluationData.key(a.personId(), a.course().value())));
    Map<String, EvaluationSummary> sums = summarise(d, planId, (p, c) -> pairs.contains(EvaluationData.key(p, c)) ? List.of("plan") : List.of());
    long people = pairs.stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().count();
    return new SummaryRow(String.valueOf(planId), d.planNames.getOrDefault(planId, "#" + planId), people, sums.getOrDefault("plan", empty()));
  }

  public Optional<PersonReport> person(String staffNo) {
    Optional<Person> person = people.byStaffNo(staffNo);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    EvaluationData d = EvaluationData.ofPerson(em, staffNo);
    Map<String, EvaluationSummary> total = summarise(d, (p, c) -> List.of("all"));
    List<PersonAssignment> assignments = d.assignments.stream()
        .map(a -> new PersonAssignment(d.courseTitle(a.course().value()), d.planNames.getOrDefault(a.plan().value(), "#" + a.plan().value()),
            a.required(), a.deadline(), statusOf(d, a)))
        .sorted(Comparator.comparing(PersonAssignment::deadline)).toList();
    Set<Long> courseIds = new java.util.TreeSet<>();
    d.assignments.forEach(a -> courseIds.add(a.course().value()));
    d.enrolments.forEach(e -> courseIds.add(e.course().course().value()));
    d.attempts.forEach(a -> courseIds.add(d.courseOf(a)));
    List<PersonCourse> courses = courseIds.stream().map(c -> personCourse(d, staffNo, c))
        .sorted(Comparator.comparing(PersonCourse::course)).toList();
    BigDecimal hours = courses.stream().filter(PersonCourse::completed).map(PersonCourse::creditHours)
        .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    Person p = person.get();
    var ledger = overview.ledgerOf(staffNo, TrainingPeople.categoryOf(p), LocalDate.now(clock).getYear());
    return Optional.of(new PersonReport(staffNo, p.getName(), d.person(staffNo).unit(), total.getOrDefault("all", empty()),
        assignments, courses, ledger, hours));
  }

  /** The size of each course's post-test question bank (the pre-test draws from the same bank), in one query. */
  public Map<Long, Integer> questionBankSizes() {
    Map<Long, Integer> sizes = new java.util.HashMap<>();
    em.createQuery("SELECT q FROM QuizRecord q WHERE q.purpose = 'POST_TEST'", QuizRecord.class).getResultList().stream()
        .map(QuizRecord::toQuiz).forEach(q -> sizes.merge(q.course().value(), q.bank().size(), Integer::sum));
    return sizes;
  }

  /** People whose name or staff number contains the text, for the person report's search. */
  public List<PersonHit> findPeople(String text, int max) {
    String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    return em.createQuery("SELECT p.staffNo, p.name, u.name FROM Person p JOIN p.unit u "
            + "WHERE LOWER(p.name) LIKE :t OR LOWER(p.staffNo) LIKE :t ORDER BY p.staffNo", Object[].class)
        .setParameter("t", like).setMaxResults(max).getResultList().stream()
        .map(r -> new PersonHit((String) r[0], (String) r[1], (String) r[2])).toList();
  }

  // ------------------------------------------------------------------ grouping

  private List<SummaryRow> unitRows(EvaluationData d, java.util.function.BiPredicate<String, Long> in) {
    Map<String, EvaluationSummary> sums = summarise(d, (p, c) -> in.test(p, c) ? List.of(d.person(p).unit()) : List.of());
    Map<String, Set<String>> people = learners(d, (p, c) -> in.test(p, c) ? List.of(d.person(p).unit()) : List.of());
    return new TreeMap<>(sums).entrySet().stream()
        .map(e -> new SummaryRow(e.getKey(), e.getKey(), people.getOrDefault(e.getKey(), Set.of()).size(), e.getValue())).toList();
  }

  private <K> Map<K, EvaluationSummary> summarise(EvaluationData d, java.util.function.BiFunction<String, Long, Collection<K>> keys) {
    return summarise(d, null, keys);
  }

  /**
   * Groups every kind of row by {@code keys(person, course)} and computes each group's figures;
   * with {@code onlyPlan}, only that plan's assignments count for completion.
   */
  private <K> Map<K, EvaluationSummary> summarise(EvaluationData d, Long onlyPlan, java.util.function.BiFunction<String, Long, Collection<K>> keys) {
    List<Assignment> assignments = onlyPlan == null ? d.assignments
        : d.assignments.stream().filter(a -> a.plan().value() == onlyPlan).toList();
    Map<K, List<AssignmentStatus>> statuses = new java.util.HashMap<>();
    for (Assignment a : assignments) {
      AssignmentStatus s = statusOf(d, a);
      keys.apply(a.personId(), a.course().value()).forEach(k -> statuses.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
    }
    Map<K, List<ReactionResponse>> l1 = EvaluationData.groupBy(d.reactions, r -> keys.apply(r.personId(), r.course().value()));
    Map<K, List<Attempt>> pre = EvaluationData.groupBy(d.attempts.stream().filter(d::isPreTest).toList(),
        a -> keys.apply(a.personId(), d.courseOf(a)));
    Map<K, List<Attempt>> post = EvaluationData.groupBy(d.attempts.stream().filter(a -> !d.isPreTest(a)).toList(),
        a -> keys.apply(a.personId(), d.courseOf(a)));
    Map<K, List<BehaviourRating>> l3 = EvaluationData.groupBy(d.ratings, r -> keys.apply(r.personId(), r.course().value()))
        .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
            e -> e.getValue().stream().map(BehaviourRatingRequest::rating).toList()));
    Set<K> all = new HashSet<>(statuses.keySet());
    all.addAll(l1.keySet());
    all.addAll(pre.keySet());
    all.addAll(post.keySet());
    all.addAll(l3.keySet());
    Map<K, EvaluationSummary> out = new java.util.HashMap<>();
    for (K k : all) {
      out.put(k, EvaluationSummary.of(statuses.getOrDefault(k, List.of()), l1.getOrDefault(k, List.of()), pre.getOrDefault(k, List.of()),
          post.getOrDefault(k, List.of()), l3.getOrDefault(k, List.of())));
    }
    return out;
  }

  /** The people in each group: assigned, enrolled or with a quiz attempt. */
  private <K> Map<K, Set<String>> learners(EvaluationData d, java.util.function.BiFunction<String, Long, Collection<K>> keys) {
    Map<K, Set<String>> out = new java.util.HashMap<>();
    d.assignments.forEach(a -> keys.apply(a.personId(), a.course().value()).forEach(k -> out.computeIfAbsent(k, x -> new java.util.TreeSet<>()).add(a.personId())));
    d.enrolments.forEach(e -> keys.apply(e.personId(), e.course().course().value()).forEach(k -> out.computeIfAbsent(k, x -> new java.util.TreeSet<>()).add(e.personId())));
    d.attempts.forEach(a -> keys.apply(a.personId(), d.courseOf(a)).forEach(k -> out.computeIfAbsent(k, x -> new java.util.TreeSet<>()).add(a.personId())));
    return out;
  }

  private PersonCourse personCourse(EvaluationData d, String staffNo, long courseId) {
    List<Enrolment> mine = d.enrolmentsOf(staffNo, courseId);
    Optional<LocalDate> completedOn = mine.stream().map(e -> e.completedOn(settings.zone())).flatMap(Optional::stream).min(Comparator.naturalOrder());
    List<Attempt> attempts = d.attempts.stream().filter(a -> a.personId().equals(staffNo) && d.courseOf(a) == courseId).toList();
    List<Attempt> pre = attempts.stream().filter(d::isPreTest).sorted(Comparator.comparing((Attempt a) -> a.id().number())).toList();
    List<Attempt> post = attempts.stream().filter(a -> !d.isPreTest(a)).toList();
    BigDecimal preScore = pre.isEmpty() ? null : pre.get(0).result().orElseThrow().percent();
    BigDecimal postScore = post.stream().map(a -> a.result().orElseThrow().percent()).max(Comparator.naturalOrder()).orElse(null);
    BigDecimal l1 = TrainingReports.averageL1(d.reactions.stream().filter(r -> r.personId().equals(staffNo) && r.course().value() == courseId).toList()).orElse(null);
    BigDecimal l3 = TrainingReports.l3Average(d.ratings.stream().filter(r -> r.personId().equals(staffNo) && r.course().value() == courseId)
        .map(BehaviourRatingRequest::rating).toList()).orElse(null);
    EvaluationData.CourseInfo info = d.courses.get(courseId);
    return new PersonCourse(courseId, d.courseTitle(courseId), info == null ? null : info.creditHours(), completedOn.isPresent(),
        completedOn.orElse(null), preScore, postScore, post.stream().anyMatch(Attempt::passed), post.size(),
        TrainingReports.l2Gain(pre, post).orElse(null), l1, l3);
  }

  private AssignmentStatus statusOf(EvaluationData d, Assignment a) {
    return a.statusOn(LocalDate.now(clock), Enrolment.progressOf(d.enrolmentsOf(a.personId(), a.course().value())));
  }

  private static EvaluationSummary empty() {
    return EvaluationSummary.of(List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
