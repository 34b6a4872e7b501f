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
import org.junit.jupiter.api.Test;

/** One report row's figures against a hand count (in the comments). */
class EvaluationSummaryTest {

  private static final Instant T = Instant.parse("2025-03-01T01:00:00Z");
  private static final QuizId PRE = QuizId.of(11);
  private static final QuizId POST = QuizId.of(10);

  private static Attempt attempt(QuizId quiz, String person, int number, int earned) {
    QuizResult r = new QuizResult(earned, 10, earned >= 6, Map.of());
    return Attempt.restore(new AttemptId(quiz, person, number), List.of(QuestionId.of("Q1")), T, T.plus(Duration.ofMinutes(20)),
        Optional.of(T.plusSeconds(60)), Map.of(), Optional.of(r));
  }

  @Test
  void aRowCountsCompletionL1L2GainAndL3() {
    // 4 assignments: 2 completed, 1 overdue, 1 not started → 50.0 %
    // L1: 4.00 and 3.00 → 3.50; L2: a passed, b failed → 50.0 %
    // gain: a 30 % → 80 % = 50, b 20 % → 40 % = 20 → 35.00 over 2 people; L3 levels 3, 4, 4 → 3.67
    EvaluationSummary s = EvaluationSummary.of(List.of(COMPLETED, COMPLETED, OVERDUE, NOT_STARTED),
        List.of(new ReactionResponse("a", CourseId.of(1), Map.of("x", 4), "", LocalDate.now()),
            new ReactionResponse("b", CourseId.of(1), Map.of("x", 3), "", LocalDate.now())),
        List.of(attempt(PRE, "a", 1, 3), attempt(PRE, "b", 1, 2)),
        List.of(attempt(POST, "a", 1, 8), attempt(POST, "b", 1, 4)),
        List.of(new BehaviourRating("s", LocalDate.now(), List.of(new CompetencyRating("C1", 3), new CompetencyRating("C2", 4)), ""),
            new BehaviourRating("s", LocalDate.now(), List.of(new CompetencyRating("C1", 4)), "")));

    assertThat(s.assigned()).isEqualTo(4);
    assertThat(s.completed()).isEqualTo(2);
    assertThat(s.overdue()).isEqualTo(1);
    assertThat(s.inProgress()).isZero();
    assertThat(s.notStarted()).isEqualTo(1);
    assertThat(s.completionPercent()).isEqualByComparingTo("50.0");
    assertThat(s.l1Average()).isEqualByComparingTo("3.50");
    assertThat(s.l1Responses()).isEqualTo(2);
    assertThat(s.l2PassPercent()).isEqualByComparingTo("50.0");
    assertThat(s.l2Gain()).isEqualByComparingTo("35.00");
    assertThat(s.l2GainPeople()).isEqualTo(2);
    assertThat(s.l3Average()).isEqualByComparingTo("3.67");
    assertThat(s.l3Ratings()).isEqualTo(3);
  }

  @Test
  void anEmptyRowHasNoAveragesRatherThanZeros() {
    EvaluationSummary s = EvaluationSummary.of(List.of(IN_PROGRESS), List.of(), List.of(), List.of(), List.of());

    assertThat(s.completionPercent()).isEqualByComparingTo("0.0");
    assertThat(s.l1Average()).isNull();
    assertThat(s.l2PassPercent()).isNull();
    assertThat(s.l2Gain()).isNull();
    assertThat(s.l3Average()).isNull();
  }
}
