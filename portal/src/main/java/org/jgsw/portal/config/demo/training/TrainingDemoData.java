package org.jgsw.portal.config.demo.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jgsw.course.application.Courses;
import org.jgsw.course.application.Learning;
import org.jgsw.course.application.LearningSettings;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CreditHours;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.Lesson;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.course.domain.OfflineTraining;
import org.jgsw.course.domain.PlanCourse;
import org.jgsw.course.domain.PlanKind;
import org.jgsw.course.domain.PlanPeriod;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.Question;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.QuestionType;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizPaper;
import org.jgsw.course.domain.QuizPurpose;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.portal.config.demo.DemoOrganisation;
import org.jgsw.portal.training.JpaOfflineTrainingRepository;
import org.jgsw.portal.training.JpaQuizRepository;
import org.jgsw.portal.training.JpaTrainingPlanRepository;
import org.jgsw.portal.training.TrainingPeople;
import org.jgsw.portal.training.TrainingServices;

/**
 * Demo training data, loaded once per database when {@code portal.demo-data} is on (flag row
 * {@value #FLAG}): the courses of {@code courses.txt} with their quizzes, a general plan and two
 * special plans published in the past, and study laid down at past dates so that the demo
 * {@code staff} account (李明, AH0001, 公务用车调度岗) has courses completed, one in progress, one
 * overdue, a concentrated class, and a partly filled credit-hour ledger.
 */
@Singleton
@Startup
// after the competency demo: the courses completed here become evidence, which needs its dictionary
@DependsOn("CompetencyDemoData") // which depends on StartupData: naming both trips Payara's cycle check
public class TrainingDemoData {

  private static final Logger LOG = Logger.getLogger(TrainingDemoData.class.getName());
  static final String FLAG = "training-demo-data.loaded";
  /** The demo courses are owned by the demo training administrator. */
  static final String OWNER = "trainer";
  public static final String GENERAL_PLAN = "年度干部职工通用培训计划";
  public static final String VEHICLE_PLAN = "公务用车管理专项培训计划";
  public static final String FOUR_LINES_PLAN = "“四公”业务协同保障专项培训计划";
  public static final String OFFLINE_CLASS = "全省公务用车管理业务专题培训班";
  /** What the staff account has earned when the demo is loaded: G1 (4) and V1 (6) online, the class concentrated. */
  public static final CreditHours STAFF_ONLINE = CreditHours.of("10");
  public static final CreditHours STAFF_CONCENTRATED = CreditHours.of("24");

  @PersistenceContext EntityManager em;
  @Inject TrainingServices services;
  @Inject Courses courses;
  @Inject JpaQuizRepository quizzes;
  @Inject JpaTrainingPlanRepository plans;
  @Inject JpaOfflineTrainingRepository offline;
  @Inject TrainingPeople people;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean demoData;

  private final ZoneId zone = LearningSettings.STANDARD.zone();
  private LocalDate today;
  private final Map<String, CourseId> courseIds = new LinkedHashMap<>();
  private final Map<String, Quiz> quizByCourse = new HashMap<>();

  @PostConstruct
  void load() {
    if (!demoData || flagSet()) {
      return;
    }
    today = LocalDate.now(zone);
    for (DemoCourses.DemoCourse c : DemoCourses.all()) {
      createCourse(c);
    }
    TrainingPlanId general = publishGeneralPlan();
    TrainingPlanId vehicles = publishPlan(VEHICLE_PLAN, PlanKind.SPECIAL, PlanTarget.units(List.of("AH-GWYC")),
        List.of(PlanCourse.required(courseIds.get("V1")), PlanCourse.required(courseIds.get("V2")), PlanCourse.elective(courseIds.get("V3"))),
        today.plusDays(45), 30);
    publishPlan(FOUR_LINES_PLAN, PlanKind.SPECIAL, PlanTarget.units(List.of("AH-JD", "AH-JN", "AH-BGYF", "AH-GWYC")),
        List.of(PlanCourse.required(courseIds.get("R1")), PlanCourse.required(courseIds.get("E1")), PlanCourse.elective(courseIds.get("F1"))),
        today.plusDays(75), 20);
    layDownStaffStudy(general, vehicles);
    layDownColleagues(general);
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")
        .setParameter(1, FLAG).setParameter(2, today.toString()).executeUpdate();
    LOG.info(() -> "Training demo data loaded: " + courseIds.size() + " courses with quizzes, 3 plans.");
  }

  private boolean flagSet() {
    return !em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?").setParameter(1, FLAG)
        .getResultList().isEmpty();
  }

  private void createCourse(DemoCourses.DemoCourse c) {
    CourseId id = courses.newId();
    Course.Builder b = Course.draft(id)
        .title(c.title())
        .summary(c.summary())
        .category(c.general() ? CourseCategory.general() : CourseCategory.special(c.domain()))
        .targetPosts(c.posts())
        .creditHours(c.hours())
        .estimatedMinutes(c.minutes())
        .owner(OWNER);
    for (String t : c.competencies()) {
      String[] codeLevel = t.split(":");
      b.trains(codeLevel[0], Integer.parseInt(codeLevel[1]));
    }
    for (DemoCourses.DemoLesson l : c.lessons()) {
      b.addLesson(l.title(), l.minutes(), new LessonContent.RichText(l.html()));
    }
    Course draft = courses.saveDraft(b.build());
    courses.publish(draft.versionId());
    Quiz.Builder q = Quiz.builder(quizzes.nextId(), id)
        .title(c.title() + " · 课后测验")
        .purpose(QuizPurpose.POST_TEST)
        .passMarkPercent(60)
        .attemptLimit(3)
        .timeLimit(Duration.ofMinutes(20));
    for (DemoCourses.DemoQuestion dq : c.questions()) {
      QuestionType type = switch (dq.type()) {
        case 'S' -> QuestionType.SINGLE_CHOICE;
        case 'M' -> QuestionType.MULTIPLE_CHOICE;
        default -> QuestionType.TRUE_FALSE;
      };
      q.question(new Question(QuestionId.of(dq.id()), type, dq.text(), dq.options(), dq.correct(), dq.type() == 'M' ? 2 : 1));
    }
    Quiz quiz = q.drawCount(6).build();
    quizzes.store(quiz);
    courseIds.put(c.key(), id);
    quizByCourse.put(c.key(), quiz);
  }

  private TrainingPlanId publishGeneralPlan() {
    LocalDate yearStart = today.withDayOfYear(1);
    LocalDate start = today.minusDays(90).isBefore(yearStart) ? today.minusDays(90) : yearStart;
    return publish(TrainingPlan.draft(plans.nextId())
        .name(today.getYear() + " " + GENERAL_PLAN)
        .kind(PlanKind.GENERAL)
        .period(PlanPeriod.between(start, LocalDate.of(today.getYear(), 12, 31)))
        .target(PlanTarget.everyone())
        .course(PlanCourse.required(courseIds.get("G1")))
        // already past: whoever has not finished it is overdue
        .course(PlanCourse.required(courseIds.get("G2"), today.minusDays(5)))
        .course(PlanCourse.required(courseIds.get("G3")))
        .course(PlanCourse.elective(courseIds.get("G4")))
        .course(PlanCourse.elective(courseIds.get("D1")))
        .build(), 60);
  }

  private TrainingPlanId publishPlan(
      String name, PlanKind kind, PlanTarget target, List<PlanCourse> planCourses, LocalDate deadline, int publishedDaysAgo) {
    TrainingPlan.Builder b = TrainingPlan.draft(plans.nextId())
        .name(today.getYear() + " " + name)
        .kind(kind)
        .period(PlanPeriod.between(today.minusDays(publishedDaysAgo), deadline.plusDays(30)))
        .deadline(deadline)
        .target(target);
    planCourses.forEach(b::course);
    return publish(b.build(), publishedDaysAgo);
  }

  private TrainingPlanId publish(TrainingPlan draft, int daysAgo) {
    Clock then = at(today.minusDays(daysAgo));
    services.plansAt(then).save(draft);
    services.plansAt(then).publish(draft.id());
    return draft.id();
  }

  private void layDownStaffStudy(TrainingPlanId general, TrainingPlanId vehicles) {
    String staff = DemoOrganisation.STAFF_PERSON;
    complete(staff, "G1", new AssignmentId(general, staff, courseIds.get("G1")), thisYear(45));
    complete(staff, "V1", new AssignmentId(vehicles, staff, courseIds.get("V1")), thisYear(20));
    // V2 in progress: the first lesson done three days ago
    Learning then = services.learningAt(at(thisYear(3)));
    Enrolment e = then.enrol(staff, courseIds.get("V2"), new AssignmentId(vehicles, staff, courseIds.get("V2")));
    Lesson first = courses.findCurrent(courseIds.get("V2")).orElseThrow().lessons().get(0);
    then.openLesson(staff, e.id(), first.id());
    then.completeLesson(staff, e.id(), first.id());
    // a concentrated class this year, with the others of the department
    LocalDate end = thisYear(38);
    List<String> attendees = new java.util.ArrayList<>(people.teamOf(DemoOrganisation.SUPERVISOR_PERSON));
    attendees.add(DemoOrganisation.SUPERVISOR_PERSON);
    if (!attendees.contains(staff)) {
      attendees.add(staff);
    }
    offline.store(new OfflineTraining(OfflineTraining.sourceRefOf(OFFLINE_CLASS, end.minusDays(2), end), OFFLINE_CLASS,
        end.minusDays(2), end, STAFF_CONCENTRATED, attendees));
  }

  /** Others: some finish the general course, and two colleagues finished V1 and V3 long ago (two open L3 ratings). */
  private void layDownColleagues(TrainingPlanId general) {
    List<String> team = people.teamOf(DemoOrganisation.SUPERVISOR_PERSON).stream()
        .filter(p -> !p.equals(DemoOrganisation.STAFF_PERSON)).toList();
    if (!team.isEmpty()) {
      complete(team.get(0), "V1", null, today.minusDays(100));
    }
    if (team.size() > 1) {
      // a second open L3 rating, due a few days after the first, so the supervisor has one more to give
      complete(team.get(1), "V3", null, today.minusDays(95));
    }
    int i = 0;
    for (String person : people.allMembers().stream().map(m -> m.personId()).toList()) {
      i++;
      if (person.equals(DemoOrganisation.STAFF_PERSON) || i % 4 != 0) {
        continue;
      }
      complete(person, "G1", new AssignmentId(general, person, courseIds.get("G1")), thisYear(10 + i % 30));
      if (i % 8 == 0) {
        complete(person, "G2", new AssignmentId(general, person, courseIds.get("G2")), thisYear(8 + i % 20));
      }
    }
  }

  /** Studies every lesson and passes the post-test on {@code day}. */
  private void complete(String person, String courseKey, AssignmentId assignment, LocalDate day) {
    Learning then = services.learningAt(at(day));
    CourseId courseId = courseIds.get(courseKey);
    Enrolment e = then.enrol(person, courseId, assignment);
    for (Lesson l : courses.findCurrent(courseId).orElseThrow().lessons()) {
      then.openLesson(person, e.id(), l.id());
      then.completeLesson(person, e.id(), l.id());
    }
    Quiz quiz = quizByCourse.get(courseKey);
    QuizPaper paper = then.startQuiz(person, quiz.id());
    Map<QuestionId, Set<Integer>> answers = new LinkedHashMap<>();
    for (QuizPaper.PaperQuestion pq : paper.questions()) {
      answers.put(pq.id(), quiz.question(pq.id()).orElseThrow().correct());
    }
    then.submitQuiz(person, paper.attempt(), answers);
  }

  /** {@code daysAgo} days before today, but not before 1 January, so the credit counts this year. */
  private LocalDate thisYear(int daysAgo) {
    LocalDate day = today.minusDays(daysAgo);
    return day.getYear() == today.getYear() ? day : today.withDayOfYear(1);
  }

  private Clock at(LocalDate day) {
    return Clock.fixed(day.atTime(10, 0).atZone(zone).toInstant(), zone);
  }
}
