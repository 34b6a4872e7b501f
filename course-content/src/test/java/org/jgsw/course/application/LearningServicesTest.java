package org.jgsw.course.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jgsw.course.application.internal.DefaultBehaviourEvaluations;
import org.jgsw.course.application.internal.DefaultCourses;
import org.jgsw.course.application.internal.DefaultLearning;
import org.jgsw.course.application.port.CompetencyEvidence;
import org.jgsw.course.application.port.PeopleDirectory;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.AttemptId;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseVersionId;
import org.jgsw.course.domain.CreditHours;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.PersonCategory;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.QuizPaper;
import org.jgsw.course.domain.QuizRejectedException;
import org.jgsw.course.domain.TargetMember;
import org.jgsw.course.testdata.InMemoryRepositories;
import org.jgsw.course.testdata.MutableClock;
import org.jgsw.course.testdata.SampleCourses;
import org.jgsw.course.testdata.SamplePeople;
import org.jgsw.course.testdata.SampleQuizzes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearningServicesTest {

  private static final String LI = "p-li";

  private final InMemoryRepositories repos = new InMemoryRepositories();
  private final MutableClock clock = MutableClock.at("2025-03-01T09:00");
  private final List<CompetencyEvidence> sentEvidence = new ArrayList<>();
  private final List<CompetencyEvidence> completionEvidence = new ArrayList<>();
  private final PeopleDirectory people = new PeopleDirectory() {
    @Override
    public Optional<TargetMember> find(String personId) {
      return Optional.empty();
    }

    @Override
    public Optional<String> supervisorOf(String personId) {
      return Optional.of(SamplePeople.SUPERVISOR);
    }
  };
  private final Courses courses = new DefaultCourses(repos.courses);
  private final Learning learning = new DefaultLearning(repos.courses, repos.quizzes, repos.attempts, repos.enrolments,
      repos.offlineTrainings, repos.ratingRequests, people, completionEvidence::add, LearningSettings.STANDARD, clock,
      new Random(3));
  private final BehaviourEvaluations evaluations =
      new DefaultBehaviourEvaluations(repos.ratingRequests, sentEvidence::add, clock);

  @BeforeEach
  void aPublishedCourseWithAPostTest() {
    courses.saveDraft(SampleCourses.vehicleDispatchDraftBuilt());
    courses.publish(CourseVersionId.of(1, 1));
    repos.quizzes.store(SampleQuizzes.dispatchPostTest());
  }

  private static Map<QuestionId, Set<Integer>> correctAnswers() {
    Map<QuestionId, Set<Integer>> a = new HashMap<>();
    a.put(QuestionId.of("Q1"), Set.of(1));
    a.put(QuestionId.of("Q2"), Set.of(0, 2));
    a.put(QuestionId.of("Q3"), Set.of(0));
    a.put(QuestionId.of("Q4"), Set.of(2));
    a.put(QuestionId.of("Q5"), Set.of(1));
    return a;
  }

  @Test
  void enrolmentsKeepTheirVersionWhenACourseIsRevised() {
    Enrolment started = learning.enrol(LI, SampleCourses.VEHICLE_DISPATCH, null);
    learning.completeLesson(LI, started.id(), SampleCourses.RULES);

    Course v2 = courses.saveDraft(courses.find(CourseVersionId.of(1, 1)).orElseThrow().edit().title("修订版").build());
    courses.publish(v2.versionId());

    assertThat(courses.find(CourseVersionId.of(1, 1)).orElseThrow().status().label()).isEqualTo("已归档");
    assertThat(learning.enrol(LI, SampleCourses.VEHICLE_DISPATCH, null).course()).isEqualTo(CourseVersionId.of(1, 1));
    assertThat(learning.enrol("p-zhang", SampleCourses.VEHICLE_DISPATCH, null).course()).isEqualTo(CourseVersionId.of(1, 2));
    assertThat(learning.completeLesson(LI, started.id(), SampleCourses.VIDEO).completedLessons()).hasSize(2);
  }

  @Test
  void aCourseTakenEndToEndWithAQuizFailedThenPassedEarnsCreditAndStartsL3() {
    Enrolment e = learning.enrol(LI, SampleCourses.VEHICLE_DISPATCH, null);
    learning.heartbeat(LI, e.id(), SampleCourses.RULES, Duration.ofSeconds(3));
    clock.advance(Duration.ofSeconds(60));
    assertThat(learning.heartbeat(LI, e.id(), SampleCourses.RULES, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(60));
    SampleCourses.vehicleDispatch().lessons().forEach(l -> learning.completeLesson(LI, e.id(), l.id()));

    QuizPaper first = learning.startQuiz(LI, SampleQuizzes.DISPATCH_POST_TEST);
    assertThat(learning.submitQuiz(LI, first.attempt(), Map.of()).passed()).isFalse();
    assertThat(repos.enrolments.find(e.id()).orElseThrow().isCompleted()).isFalse();

    clock.advance(Duration.ofMinutes(5));
    QuizPaper second = learning.startQuiz(LI, SampleQuizzes.DISPATCH_POST_TEST);
    Attempt passed = learning.submitQuiz(LI, second.attempt(), correctAnswers());

    assertThat(passed.passed()).isTrue();
    assertThat(repos.attempts.findByQuizAndPerson(SampleQuizzes.DISPATCH_POST_TEST, LI)).hasSize(2);
    assertThat(repos.enrolments.find(e.id()).orElseThrow().isCompleted()).isTrue();
    assertThat(learning.ledger(LI, 2025, PersonCategory.SECTION_AND_BELOW).online()).isEqualTo(CreditHours.of("2"));

    clock.advance(Duration.ofDays(90));
    assertThat(evaluations.openFor(SamplePeople.SUPERVISOR)).hasSize(1);
    evaluations.rate(SamplePeople.SUPERVISOR, e.id(), Map.of("VEH-DISPATCH", 3, "COMMUNICATION", 2), "进步明显");
    assertThat(sentEvidence).extracting(CompetencyEvidence::competencyCode, CompetencyEvidence::level, CompetencyEvidence::rater)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("VEH-DISPATCH", 3, SamplePeople.SUPERVISOR),
            org.assertj.core.groups.Tuple.tuple("COMMUNICATION", 2, SamplePeople.SUPERVISOR));
    assertThat(sentEvidence.get(0).course()).isEqualTo(SampleCourses.VEHICLE_DISPATCH);
    assertThat(evaluations.openFor(SamplePeople.SUPERVISOR)).isEmpty();
  }

  @Test
  void tamperedSubmissionsAreRefusedAndNothingIsRecorded() {
    QuizPaper paper = learning.startQuiz(LI, SampleQuizzes.DISPATCH_POST_TEST);

    assertThatThrownBy(() -> learning.submitQuiz("p-zhang", paper.attempt(), correctAnswers()))
        .isInstanceOf(QuizRejectedException.class).hasMessage("只能提交本人的答卷");
    AttemptId third = new AttemptId(SampleQuizzes.DISPATCH_POST_TEST, LI, 3);
    assertThatThrownBy(() -> learning.submitQuiz(LI, third, correctAnswers())).isInstanceOf(QuizRejectedException.class);

    clock.advance(Duration.ofMinutes(21));
    assertThatThrownBy(() -> learning.submitQuiz(LI, paper.attempt(), correctAnswers()))
        .hasMessageStartingWith("已超过答题时限");
    assertThat(repos.attempts.find(paper.attempt()).orElseThrow().isSubmitted()).isFalse();
  }

  @Test
  void someoneElsesEnrolmentIsNotFound() {
    Enrolment e = learning.enrol(LI, SampleCourses.VEHICLE_DISPATCH, null);
    assertThatThrownBy(() -> learning.completeLesson("p-zhang", e.id(), SampleCourses.RULES)).isInstanceOf(NotFoundException.class);
  }

  // ---- completion evidence

  /** Studies every lesson of the course and submits the post-test, right or wrong. */
  private Enrolment takeCourse(String person, boolean passQuiz) {
    Enrolment e = learning.enrol(person, SampleCourses.VEHICLE_DISPATCH, null);
    courses.findCurrent(SampleCourses.VEHICLE_DISPATCH).orElseThrow().lessons().forEach(l -> learning.completeLesson(person, e.id(), l.id()));
    QuizPaper paper = learning.startQuiz(person, SampleQuizzes.DISPATCH_POST_TEST);
    learning.submitQuiz(person, paper.attempt(), passQuiz ? correctAnswers() : Map.of());
    return repos.enrolments.find(e.id()).orElseThrow();
  }

  @Test
  void completingACourseWithItsQuizPassedSendsTrainingEvidenceForEachCompetencyAtTheCoursesLevel() {
    takeCourse(LI, true);

    assertThat(completionEvidence)
        .extracting(CompetencyEvidence::kind, CompetencyEvidence::competencyCode, CompetencyEvidence::level,
            CompetencyEvidence::courseLevel, CompetencyEvidence::personId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(CompetencyEvidence.Kind.TRAINING_COMPLETION, "VEH-DISPATCH", 3, 3, LI),
            org.assertj.core.groups.Tuple.tuple(CompetencyEvidence.Kind.TRAINING_COMPLETION, "COMMUNICATION", 2, 2, LI));
    assertThat(completionEvidence).allSatisfy(ev -> {
      assertThat(ev.date()).isEqualTo(java.time.LocalDate.of(2025, 3, 1));
      assertThat(ev.rater()).isEqualTo(CompetencyEvidence.COMPLETION_RATER);
      assertThat(ev.course()).isEqualTo(SampleCourses.VEHICLE_DISPATCH);
      assertThat(ev.courseTitle()).isEqualTo(SampleCourses.vehicleDispatch().title());
      assertThat(ev.courseVersion()).isEqualTo(1);
    });
  }

  @Test
  void aFailedQuizSendsNoEvidence_andLessonsAloneNeverDo() {
    Enrolment e = takeCourse(LI, false);

    assertThat(e.isCompleted()).isFalse();
    assertThat(completionEvidence).isEmpty();
  }

  @Test
  void retakingTheCourseSendsNothingTwice() {
    takeCourse(LI, true);
    clock.advance(Duration.ofDays(30));
    Enrolment again = takeCourse(LI, true); // the quiz allows two attempts: the second passes again

    assertThat(again.isCompleted()).isTrue();
    assertThat(completionEvidence).as("nothing new proven").hasSize(2);
  }

  @Test
  void theNextVersionOfACourseSendsOnlyTheLevelItAdds() {
    takeCourse(LI, true);
    Course v2 = courses.saveDraft(courses.find(CourseVersionId.of(1, 1)).orElseThrow().edit().trains("COMMUNICATION", 3).build());
    courses.publish(v2.versionId());
    clock.advance(Duration.ofDays(30));
    takeCourse(LI, true);

    assertThat(completionEvidence).hasSize(3);
    assertThat(completionEvidence.get(2)).extracting(CompetencyEvidence::competencyCode, CompetencyEvidence::level,
        CompetencyEvidence::courseVersion).containsExactly("COMMUNICATION", 3, 2);
  }
}
