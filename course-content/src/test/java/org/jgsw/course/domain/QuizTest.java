package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgsw.course.testdata.SampleCourses;
import org.jgsw.course.testdata.SampleQuizzes;
import org.junit.jupiter.api.Test;

class QuizTest {

  private static final Instant T0 = Instant.parse("2025-03-01T01:00:00Z");
  private static final String ME = "p-zhang";

  private final Quiz quiz = SampleQuizzes.dispatchPostTest();

  private static Map<QuestionId, Set<Integer>> allCorrect() {
    Map<QuestionId, Set<Integer>> a = new HashMap<>();
    a.put(QuestionId.of("Q1"), Set.of(1));
    a.put(QuestionId.of("Q2"), Set.of(0, 2));
    a.put(QuestionId.of("Q3"), Set.of(0));
    a.put(QuestionId.of("Q4"), Set.of(2));
    a.put(QuestionId.of("Q5"), Set.of(1));
    return a;
  }

  private Attempt start() {
    return quiz.startAttempt(ME, List.of(), T0, new Random(7));
  }

  private static QuizRejectedException.Reason reasonOf(Runnable r) {
    try {
      r.run();
    } catch (QuizRejectedException e) {
      return e.reason();
    }
    throw new AssertionError("not rejected");
  }

  @Test
  void drawsTheConfiguredNumberOfDistinctQuestionsReproduciblyWithASeed() {
    Quiz drawThree = SampleQuizzes.dispatchPostTestDraft().drawCount(3).build();

    Attempt a = drawThree.startAttempt(ME, List.of(), T0, new Random(42));
    Attempt b = drawThree.startAttempt(ME, List.of(), T0, new Random(42));

    assertThat(a.drawnQuestions()).hasSize(3).doesNotHaveDuplicates().isEqualTo(b.drawnQuestions());
    assertThat(a.id().number()).isEqualTo(1);
    assertThat(a.deadline()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
  }

  @Test
  void differentSeedsDrawDifferentPapersOverTime() {
    Quiz drawTwo = SampleQuizzes.dispatchPostTestDraft().drawCount(2).build();
    Set<List<QuestionId>> papers = new java.util.HashSet<>();
    for (int seed = 0; seed < 20; seed++) {
      papers.add(drawTwo.startAttempt(ME, List.of(), T0, new Random(seed)).drawnQuestions());
    }
    assertThat(papers.size()).isGreaterThan(3);
  }

  @Test
  void thePaperNeverCarriesTheCorrectAnswers() {
    QuizPaper paper = quiz.paperFor(start());
    assertThat(paper.questions()).hasSize(5);
    assertThat(QuizPaper.PaperQuestion.class.getRecordComponents()).extracting(c -> c.getName())
        .doesNotContain("correct");
  }

  @Test
  void allCorrectScoresFullMarksAndPasses() {
    Attempt done = quiz.submit(start(), allCorrect(), T0.plusSeconds(600));
    QuizResult r = done.result().orElseThrow();
    assertThat(r.earnedPoints()).isEqualTo(10);
    assertThat(r.maxPoints()).isEqualTo(10);
    assertThat(r.percent()).isEqualByComparingTo("100.0");
    assertThat(done.passed()).isTrue();
    assertThat(done.status(T0.plusSeconds(600))).isEqualTo(AttemptStatus.SUBMITTED);
  }

  @Test
  void aMultipleChoiceQuestionScoresOnlyWhenExactlyRight() {
    Map<QuestionId, Set<Integer>> answers = allCorrect();
    answers.put(QuestionId.of("Q2"), Set.of(0)); // one missing
    QuizResult missing = quiz.submit(start(), answers, T0).result().orElseThrow();
    answers.put(QuestionId.of("Q2"), Set.of(0, 1, 2)); // one extra
    QuizResult extra = quiz.submit(start(), answers, T0).result().orElseThrow();

    assertThat(missing.earnedPoints()).isEqualTo(7);
    assertThat(extra.earnedPoints()).isEqualTo(7);
    assertThat(missing.correctByQuestion()).containsEntry(QuestionId.of("Q2"), false);
  }

  @Test
  void passesExactlyAtThePassMark() {
    Map<QuestionId, Set<Integer>> sixOfTen = allCorrect();
    sixOfTen.remove(QuestionId.of("Q2")); // −3
    sixOfTen.put(QuestionId.of("Q3"), Set.of(1)); // −1 → 6/10 = 60 %
    Attempt a = quiz.submit(start(), sixOfTen, T0);
    assertThat(a.result().orElseThrow().percent()).isEqualByComparingTo("60.0");
    assertThat(a.passed()).isTrue();

    sixOfTen.remove(QuestionId.of("Q1")); // 4/10
    assertThat(quiz.submit(start(), sixOfTen, T0).passed()).isFalse();
  }

  @Test
  void answersForQuestionsNotDrawnAreRejected() {
    Quiz drawTwo = SampleQuizzes.dispatchPostTestDraft().drawCount(2).build();
    Attempt attempt = drawTwo.startAttempt(ME, List.of(), T0, new Random(1));
    Map<QuestionId, Set<Integer>> tampered = allCorrect(); // answers all five

    assertThatThrownBy(() -> drawTwo.submit(attempt, tampered, T0.plusSeconds(60)))
        .isInstanceOf(QuizRejectedException.class)
        .hasMessageContaining("本次未抽到的题目");
  }

  @Test
  void optionsThatDoNotExistOrTwoAnswersToASingleChoiceAreRejected() {
    Map<QuestionId, Set<Integer>> a = allCorrect();
    a.put(QuestionId.of("Q1"), Set.of(9));
    assertThat(reasonOf(() -> quiz.submit(start(), a, T0))).isEqualTo(QuizRejectedException.Reason.INVALID_ANSWER);
    a.put(QuestionId.of("Q1"), Set.of(0, 1));
    assertThatThrownBy(() -> quiz.submit(start(), a, T0)).hasMessageStartingWith("单选题 Q1 只能选择一个答案");
  }

  @Test
  void lateSubmissionsAreRejectedButTheGraceIsHonoured() {
    Attempt attempt = start();
    Instant end = T0.plus(Duration.ofMinutes(20));

    assertThat(quiz.submit(attempt, allCorrect(), end.plus(Quiz.SUBMISSION_GRACE)).isSubmitted()).isTrue();
    assertThatThrownBy(() -> quiz.submit(attempt, allCorrect(), end.plus(Quiz.SUBMISSION_GRACE).plusSeconds(1)))
        .isInstanceOf(QuizRejectedException.class)
        .hasMessage("已超过答题时限（20 分钟），答卷不予接受，本次答题机会已计入次数");
    assertThat(attempt.status(end.plusSeconds(31))).isEqualTo(AttemptStatus.TIMED_OUT);
  }

  @Test
  void anAttemptCannotBeSubmittedTwice() {
    Attempt done = quiz.submit(start(), allCorrect(), T0);
    assertThat(reasonOf(() -> quiz.submit(done, Map.of(), T0))).isEqualTo(QuizRejectedException.Reason.ALREADY_SUBMITTED);
  }

  @Test
  void noAttemptBeyondTheLimit() {
    Attempt first = quiz.submit(start(), Map.of(), T0.plusSeconds(10));
    Attempt second = quiz.submit(quiz.startAttempt(ME, List.of(first), T0.plusSeconds(20), new Random(1)), Map.of(), T0.plusSeconds(30));
    assertThat(second.id().number()).isEqualTo(2);

    assertThatThrownBy(() -> quiz.startAttempt(ME, List.of(first, second), T0.plusSeconds(40), new Random(1)))
        .isInstanceOf(QuizRejectedException.class)
        .hasMessage("本测验最多可答 2 次，你的答题次数已用完");
  }

  @Test
  void aForgedThirdAttemptIsRejectedAtSubmission() {
    Attempt forged = Attempt.restore(new AttemptId(quiz.id(), ME, 3), List.of(QuestionId.of("Q1")), T0,
        T0.plus(Duration.ofMinutes(20)), java.util.Optional.empty(), Map.of(), java.util.Optional.empty());
    assertThat(reasonOf(() -> quiz.submit(forged, Map.of(), T0))).isEqualTo(QuizRejectedException.Reason.ATTEMPT_LIMIT_REACHED);
  }

  @Test
  void aRunningAttemptMustBeFinishedBeforeAnotherStartsButATimedOutOneCounts() {
    Attempt running = start();
    assertThat(reasonOf(() -> quiz.startAttempt(ME, List.of(running), T0.plusSeconds(60), new Random(1))))
        .isEqualTo(QuizRejectedException.Reason.ATTEMPT_IN_PROGRESS);

    Attempt next = quiz.startAttempt(ME, List.of(running), T0.plus(Duration.ofHours(1)), new Random(1));
    assertThat(next.id().number()).isEqualTo(2);
  }

  @Test
  void anotherQuizsAttemptIsRejected() {
    Attempt preTestAttempt = SampleQuizzes.dispatchPreTest().startAttempt(ME, List.of(), T0, new Random(1));
    assertThat(reasonOf(() -> quiz.submit(preTestAttempt, Map.of(), T0))).isEqualTo(QuizRejectedException.Reason.WRONG_QUIZ);
  }

  @Test
  void badQuestionsAndSettingsAreListedInChinese() {
    assertThatThrownBy(() -> Question.multipleChoice("M1", "选两项", List.of("甲", "乙"), Set.of(0), 1))
        .hasMessageContaining("多选题 M1 至少需要两个正确选项");
    Quiz.Builder b = Quiz.builder(QuizId.of(99), SampleCourses.VEHICLE_DISPATCH).title("测验")
        .question(() -> Question.singleChoice("S1", "题", List.of("甲"), 0, 0))
        .passMarkPercent(0).attemptLimit(0).timeLimit(Duration.ZERO);
    assertThat(b.problems()).contains("题库至少需要一道题", "及格线必须在 1%–100% 之间，实际为 0%", "答题次数上限至少为 1 次",
        "答题时限必须在 1 分钟到 24 小时之间");
    assertThat(String.join("", b.problems())).contains("题目 S1 至少需要两个选项", "题目 S1 的分值必须大于 0");
  }
}
