package org.jgsw.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.course.domain.PlanCourse;
import org.jgsw.course.domain.PlanIndicator;
import org.jgsw.course.domain.PlanKind;
import org.jgsw.course.domain.PlanPeriod;
import org.jgsw.course.domain.PlanStatus;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.Question;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.junit.jupiter.api.Test;

/** The stored documents give back the same aggregates. */
class TrainingJsonTest {

  private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

  private final Course course = Course.draft(CourseId.of(7))
      .title("公务用车调度").summary("摘要").category(CourseCategory.special("公务用车")).targetPosts(List.of("P-GWYC-DD"))
      .trains("PRO-VEH-DISPATCH", 3).creditHours("2.5").estimatedMinutes(60).owner("trainer")
      .addLesson("图文", 20, new LessonContent.RichText("<p>正文</p>"))
      .addLesson("视频", 20, new LessonContent.VideoLink("https://example.org/v.mp4"))
      .addLesson("资料", 20, new LessonContent.LibraryCitation("DB34/T 1", "第三条"))
      .build().publish();

  @Test
  void courseRoundTrip() {
    Course back = TrainingJson.course(course.versionId(), CourseStatus.PUBLISHED, TrainingJson.course(course));
    assertThat(back.title()).isEqualTo(course.title());
    assertThat(back.lessons()).isEqualTo(course.lessons());
    assertThat(back.targetCompetencies()).isEqualTo(course.targetCompetencies());
    assertThat(back.category()).isEqualTo(course.category());
    assertThat(back.creditHours()).isEqualTo(course.creditHours());
    assertThat(back.status()).isEqualTo(CourseStatus.PUBLISHED);
  }

  @Test
  void quizAndAttemptRoundTrip() {
    Quiz quiz = Quiz.builder(QuizId.of(3), CourseId.of(7)).title("测验")
        .question(Question.singleChoice("q1", "一", List.of("甲", "乙"), 1, 1))
        .question(Question.multipleChoice("q2", "二", List.of("甲", "乙", "丙"), Set.of(0, 2), 2))
        .question(Question.trueFalse("q3", "三", true, 1))
        .drawCount(2).timeLimit(Duration.ofMinutes(15)).build();
    Quiz back = TrainingJson.quiz(quiz.id(), quiz.course(), TrainingJson.quiz(quiz));
    assertThat(back.bank()).isEqualTo(quiz.bank());
    assertThat(back.drawCount()).isEqualTo(2);
    assertThat(back.timeLimit()).isEqualTo(Duration.ofMinutes(15));

    Attempt started = quiz.startAttempt("AH0001", List.of(), T0, new SplittableRandom(1));
    Attempt submitted = quiz.submit(started, Map.of(started.drawnQuestions().get(0), Set.of(1)), T0.plusSeconds(60));
    Attempt again = TrainingJson.attempt(submitted.id(), TrainingJson.attempt(submitted));
    assertThat(again.drawnQuestions()).isEqualTo(submitted.drawnQuestions());
    assertThat(again.answers()).isEqualTo(submitted.answers());
    assertThat(again.result()).isEqualTo(submitted.result());
    assertThat(again.submittedAt()).isEqualTo(submitted.submittedAt());
  }

  @Test
  void enrolmentRoundTrip() {
    Enrolment e = Enrolment.start(EnrolmentId.of(5), "AH0001", course,
        new AssignmentId(TrainingPlanId.of(9), "AH0001", course.id()), T0);
    e.completeLesson(course, course.lessons().get(0).id());
    e.recordHeartbeat(course, course.lessons().get(1).id(), T0.plusSeconds(30), Duration.ZERO,
        org.jgsw.course.domain.TimeRecordingRule.STANDARD);
    Enrolment back = TrainingJson.enrolment(e.id(), e.personId(), e.course(), TrainingJson.enrolment(e));
    assertThat(back.completedLessons()).isEqualTo(e.completedLessons());
    assertThat(back.assignment()).isEqualTo(e.assignment());
    assertThat(back.lastLesson()).isEqualTo(e.lastLesson());
    assertThat(back.heartbeatAt()).isEqualTo(e.heartbeatAt());
    assertThat(back.timeSpentByLesson()).isEqualTo(e.timeSpentByLesson());
  }

  @Test
  void planRoundTrip() {
    TrainingPlan plan = TrainingPlan.draft(TrainingPlanId.of(4)).name("专项").kind(PlanKind.SPECIAL)
        .period(PlanPeriod.ofYear(2026)).deadline(LocalDate.of(2026, 10, 1))
        .target(PlanTarget.units(List.of("AH-GWYC")).onlyRanks(List.of("PRINCIPAL_STAFF_4")))
        .course(PlanCourse.required(CourseId.of(7), LocalDate.of(2026, 6, 1))).course(PlanCourse.elective(CourseId.of(8)))
        .indicator(new PlanIndicator("满意度", "分", new BigDecimal("90.5"), null, true))
        .build().publish(LocalDate.of(2026, 3, 1));
    TrainingPlan back = TrainingJson.plan(plan.id(), PlanStatus.PUBLISHED, LocalDate.of(2026, 3, 1), TrainingJson.plan(plan));
    assertThat(back.courses()).isEqualTo(plan.courses());
    assertThat(back.target()).isEqualTo(plan.target());
    assertThat(back.indicators()).isEqualTo(plan.indicators());
    assertThat(back.deadline()).isEqualTo(plan.deadline());
    assertThat(back.period()).isEqualTo(plan.period());
  }
}
