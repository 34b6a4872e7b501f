package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jgsw.course.domain.AssignmentStatus.COMPLETED;
import static org.jgsw.course.domain.AssignmentStatus.IN_PROGRESS;
import static org.jgsw.course.domain.AssignmentStatus.NOT_STARTED;
import static org.jgsw.course.domain.AssignmentStatus.OVERDUE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Report formulas against figures counted by hand (in the comments). */
class TrainingReportsTest {

  private static final Instant T = Instant.parse("2025-03-01T01:00:00Z");
  private static final QuizId PRE = QuizId.of(11);
  private static final QuizId POST = QuizId.of(10);

  /** A submitted attempt scoring {@code earned} of 10. */
  private static Attempt attempt(QuizId quiz, String person, int number, int earned) {
    QuizResult r = new QuizResult(earned, 10, earned >= 6, Map.of());
    return Attempt.restore(new AttemptId(quiz, person, number), List.of(QuestionId.of("Q1")), T, T.plus(Duration.ofMinutes(20)),
        Optional.of(T.plusSeconds(60)), Map.of(), Optional.of(r));
  }

  @Test
  void completionRateAndOverdueCount() {
    // 7 assignments: 3 completed, 2 overdue, 1 in progress, 1 not started → 3/7 = 42.9 %, 2 overdue
    List<AssignmentStatus> s = List.of(COMPLETED, COMPLETED, COMPLETED, OVERDUE, OVERDUE, IN_PROGRESS, NOT_STARTED);

    assertThat(TrainingReports.completionRate(s).percent()).isEqualByComparingTo("42.9");
    assertThat(TrainingReports.overdueCount(s)).isEqualTo(2);
    assertThat(TrainingReports.countByStatus(s)).containsEntry(COMPLETED, 3L).containsEntry(NOT_STARTED, 1L);
    assertThat(TrainingReports.completionRate(List.of()).isEmpty()).isTrue();
  }

  @Test
  void averageL1IsTheMeanOfResponseAverages() {
    // averages 4.25, 3.00, 5.00 → 12.25 / 3 = 4.083 → 4.08
    List<ReactionResponse> responses = List.of(
        new ReactionResponse("a", CourseId.of(1), Map.of("x", 5, "y", 4, "z", 4, "w", 4), "", LocalDate.now()),
        new ReactionResponse("b", CourseId.of(1), Map.of("x", 3, "y", 3, "z", 3, "w", 3), "", LocalDate.now()),
        new ReactionResponse("c", CourseId.of(1), Map.of("x", 5, "y", 5, "z", 5, "w", 5), "", LocalDate.now()));
    assertThat(TrainingReports.averageL1(responses)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.08"));
    assertThat(TrainingReports.averageL1(List.of())).isEmpty();
  }

  @Test
  void l2PassRateCountsPeopleNotAttempts() {
    // a: fail then pass; b: fail twice; c: pass → 2 of 3 people = 66.7 %
    List<Attempt> post = List.of(attempt(POST, "a", 1, 4), attempt(POST, "a", 2, 8), attempt(POST, "b", 1, 3),
        attempt(POST, "b", 2, 5), attempt(POST, "c", 1, 9));
    assertThat(TrainingReports.l2PassRate(post).percent()).isEqualByComparingTo("66.7");
  }

  @Test
  void l2GainIsBestPostMinusFirstPreOverPeopleWithBoth() {
    // a: pre 40 → best post 80 = +40; b: pre 30 → best post 50 = +20; c has no pre-test → (40 + 20) / 2 = 30
    List<Attempt> pre = List.of(attempt(PRE, "a", 1, 4), attempt(PRE, "a", 2, 9), attempt(PRE, "b", 1, 3));
    List<Attempt> post = List.of(attempt(POST, "a", 1, 6), attempt(POST, "a", 2, 8), attempt(POST, "b", 1, 5),
        attempt(POST, "c", 1, 9));
    assertThat(TrainingReports.l2Gain(pre, post)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30.00"));
    assertThat(TrainingReports.l2Gain(List.of(), post)).isEmpty();
  }

  @Test
  void l3AverageIsOverEveryRatedCompetency() {
    // levels 3, 2 and 4, 4, 5 → 18 / 5 = 3.60
    List<BehaviourRating> ratings = List.of(
        new BehaviourRating("s", LocalDate.now(), List.of(new CompetencyRating("A", 3), new CompetencyRating("B", 2)), ""),
        new BehaviourRating("s", LocalDate.now(),
            List.of(new CompetencyRating("A", 4), new CompetencyRating("B", 4), new CompetencyRating("C", 5)), ""));
    assertThat(TrainingReports.l3Average(ratings)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.60"));
    assertThat(TrainingReports.FORMULAS).contains("完成率", "二级提升", "三级平均分");
  }

  @Test
  void ratiosForProgressBarsAreCappedButPercentsAreNot() {
    Ratio over = Ratio.of(CreditHours.of("60"), CreditHours.of("50"));
    assertThat(over.percent()).isEqualByComparingTo("120.0");
    assertThat(over.barPercent()).isEqualByComparingTo("100.0");
    assertThat(over.isComplete()).isTrue();
    assertThat(Set.of(Ratio.of(1, 3).toString())).containsExactly("1/3");
  }
}
