package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgsw.course.testdata.SampleCourses;
import org.jgsw.course.testdata.SampleQuizzes;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static final Instant T0 = Instant.parse("2025-03-01T01:00:00Z");
  private static final Duration ACTIVE = Duration.ofSeconds(5);
  private static final TimeRecordingRule RULE = TimeRecordingRule.STANDARD;

  private final Course course = SampleCourses.vehicleDispatch();
  private final Enrolment e = Enrolment.start(EnrolmentId.of(1), "p-zhang", course, null, T0);

  private Duration beat(LessonId lesson, long secondsFromStart, Duration sinceActivity) {
    return e.recordHeartbeat(course, lesson, T0.plusSeconds(secondsFromStart), sinceActivity, RULE);
  }

  @Test
  void onlyAPublishedCourseCanBeStarted() {
    assertThatIllegalStateException().isThrownBy(
        () -> Enrolment.start(EnrolmentId.of(2), "p", SampleCourses.vehicleDispatchDraftBuilt(), null, T0));
  }

  @Test
  void progressIsRecordedOnlyAgainstThePinnedVersion() {
    Course v2 = course.edit().title("修订版").build().publish();

    assertThatIllegalArgumentException().isThrownBy(() -> e.completeLesson(v2, SampleCourses.RULES))
        .withMessage("学习记录属于课程 1 v1，不能按 1 v2 记录进度");
    e.completeLesson(course, SampleCourses.RULES);
    assertThat(e.course()).isEqualTo(CourseVersionId.of(1, 1));
  }

  @Test
  void resumesWhereThePersonStopped() {
    assertThat(e.resumeLesson(course)).isEqualTo(SampleCourses.RULES);
    e.completeLesson(course, SampleCourses.RULES);
    e.openLesson(course, SampleCourses.VIDEO);
    assertThat(e.resumeLesson(course)).isEqualTo(SampleCourses.VIDEO);
    assertThat(e.lessonProgress(course).percent()).isEqualByComparingTo("33.3");
    assertThat(e.progressState()).isEqualTo(ProgressState.STARTED);
  }

  @Test
  void unknownLessonsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> e.completeLesson(course, LessonId.of("99")));
  }

  @Test
  void completionNeedsAllLessonsAndThePassedPostTest() {
    course.lessons().forEach(l -> e.completeLesson(course, l.id()));
    assertThat(e.completeIfDone(course, CompletionRule.STANDARD, true, T0)).isFalse();

    Quiz quiz = SampleQuizzes.dispatchPostTest();
    Attempt a = quiz.startAttempt("p-zhang", List.of(), T0, new Random(1));
    Attempt passed = quiz.submit(a, Map.of(QuestionId.of("Q1"), Set.of(1), QuestionId.of("Q2"), Set.of(0, 2),
        QuestionId.of("Q4"), Set.of(2)), T0.plusSeconds(60));
    e.recordPostTestPassed(quiz, passed);

    assertThat(e.completeIfDone(course, CompletionRule.STANDARD, true, T0.plusSeconds(61))).isTrue();
    assertThat(e.progressState()).isEqualTo(ProgressState.COMPLETED);
    assertThat(e.completeIfDone(course, CompletionRule.STANDARD, true, T0.plusSeconds(99))).isFalse();
    assertThat(e.completedAt()).contains(T0.plusSeconds(61));
  }

  @Test
  void aCourseWithoutAQuizCompletesWithItsLessons() {
    course.lessons().forEach(l -> e.completeLesson(course, l.id()));
    assertThat(e.completeIfDone(course, CompletionRule.STANDARD, false, T0)).isTrue();
  }

  @Test
  void theQuizConditionCanBeSwitchedOff() {
    CompletionRule lessonsOnly = new CompletionRule(true, false);
    course.lessons().forEach(l -> e.completeLesson(course, l.id()));
    assertThat(lessonsOnly.statement()).isEqualTo("课程完成条件：学完全部课时。");
    assertThat(e.completeIfDone(course, lessonsOnly, true, T0)).isTrue();
  }

  @Test
  void aFailedOrForeignAttemptDoesNotCountAsPassed() {
    Quiz quiz = SampleQuizzes.dispatchPostTest();
    Attempt failed = quiz.submit(quiz.startAttempt("p-zhang", List.of(), T0, new Random(1)), Map.of(), T0);
    Attempt someoneElses = quiz.submit(quiz.startAttempt("p-li", List.of(), T0, new Random(1)),
        Map.of(QuestionId.of("Q1"), Set.of(1), QuestionId.of("Q2"), Set.of(0, 2), QuestionId.of("Q4"), Set.of(2)), T0);
    assertThatIllegalArgumentException().isThrownBy(() -> e.recordPostTestPassed(quiz, failed));
    assertThatIllegalArgumentException().isThrownBy(() -> e.recordPostTestPassed(quiz, someoneElses));
  }

  // time recording: the farming-proof rule

  @Test
  void activeStudyBetweenHeartbeatsIsCounted() {
    assertThat(beat(SampleCourses.RULES, 0, ACTIVE)).isZero(); // first beat starts the session
    assertThat(beat(SampleCourses.RULES, 60, ACTIVE)).isEqualTo(Duration.ofSeconds(60));
    assertThat(beat(SampleCourses.RULES, 120, ACTIVE)).isEqualTo(Duration.ofSeconds(60));
    assertThat(e.timeSpent(SampleCourses.RULES)).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void anOpenPageWithoutActivityCountsNothing() {
    beat(SampleCourses.RULES, 0, ACTIVE);
    assertThat(beat(SampleCourses.RULES, 60, Duration.ofSeconds(61))).isZero();
    assertThat(beat(SampleCourses.RULES, 120, Duration.ofSeconds(121))).isZero();
    assertThat(e.totalTimeSpent()).isZero();
  }

  @Test
  void aLongGapCountsNothing() {
    beat(SampleCourses.RULES, 0, ACTIVE);
    assertThat(beat(SampleCourses.RULES, 60 * 30, ACTIVE)).isZero();
    assertThat(beat(SampleCourses.RULES, 60 * 31, ACTIVE)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void twoWindowsOnTheSameLessonCountWallClockTimeOnce() {
    for (int s = 0; s <= 600; s += 30) { // two tabs, each beating every 60 s, 30 s apart
      beat(SampleCourses.RULES, s, ACTIVE);
    }
    assertThat(e.timeSpent(SampleCourses.RULES)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void windowsOnTwoLessonsResetEachOther() {
    for (int s = 0; s <= 600; s += 30) {
      beat(s % 60 == 0 ? SampleCourses.RULES : SampleCourses.VIDEO, s, ACTIVE);
    }
    assertThat(e.totalTimeSpent()).isZero();
  }

  @Test
  void aLessonIsCappedAtTwiceItsEstimate() {
    // the video lesson is estimated at 15 minutes → cap 30 minutes
    for (int s = 0; s <= 60 * 60; s += 60) {
      beat(SampleCourses.VIDEO, s, ACTIVE);
    }
    assertThat(e.timeSpent(SampleCourses.VIDEO)).isEqualTo(Duration.ofMinutes(30));
    assertThat(RULE.statement()).contains("间隔超过 2 分钟的不计入", "预计时长的 2 倍", "不折算学时");
  }

  @Test
  void aForgedActivityInTheFutureOrAnOutOfOrderBeatCountsNothing() {
    beat(SampleCourses.RULES, 60, ACTIVE);
    assertThat(beat(SampleCourses.RULES, 120, Duration.ofSeconds(-30))).isZero();
    assertThat(beat(SampleCourses.RULES, 100, ACTIVE)).isZero();
  }
}
