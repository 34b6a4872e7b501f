package org.jgsw.course.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt at a quiz (答题记录): the questions drawn for it, when it started and when answers stop
 * being accepted, and — once submitted — the answers kept and the server's {@link QuizResult}.
 * Every attempt is kept; results are per attempt. Created only by {@link Quiz#startAttempt} and
 * {@link Quiz#submit}; immutable.
 */
public final class Attempt {

  private final AttemptId id;
  private final List<QuestionId> drawnQuestions;
  private final Instant startedAt;
  private final Instant deadline;
  private final Instant submittedAt;
  private final Map<QuestionId, Set<Integer>> answers;
  private final QuizResult result;

  private Attempt(
      AttemptId id, List<QuestionId> drawnQuestions, Instant startedAt, Instant deadline,
      Instant submittedAt, Map<QuestionId, Set<Integer>> answers, QuizResult result) {
    this.id = Objects.requireNonNull(id, "id");
    this.drawnQuestions = List.copyOf(drawnQuestions);
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.submittedAt = submittedAt;
    this.answers = answers == null ? Map.of() : Map.copyOf(answers);
    this.result = result;
  }

  static Attempt started(AttemptId id, List<QuestionId> drawn, Instant startedAt, Instant deadline) {
    return new Attempt(id, drawn, startedAt, deadline, null, null, null);
  }

  /** Rebuilds a stored attempt exactly as it was; for repositories only. */
  public static Attempt restore(
      AttemptId id, List<QuestionId> drawnQuestions, Instant startedAt, Instant deadline,
      Optional<Instant> submittedAt, Map<QuestionId, Set<Integer>> answers, Optional<QuizResult> result) {
    return new Attempt(id, drawnQuestions, startedAt, deadline, submittedAt.orElse(null), answers, result.orElse(null));
  }

  Attempt submitted(Instant at, Map<QuestionId, Set<Integer>> keptAnswers, QuizResult scored) {
    return new Attempt(id, drawnQuestions, startedAt, deadline, at, keptAnswers, scored);
  }

  public AttemptId id() {
    return id;
  }

  public String personId() {
    return id.personId();
  }

  /** The questions drawn for this attempt, in the order shown. */
  public List<QuestionId> drawnQuestions() {
    return drawnQuestions;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** When the time limit ends (answers are still accepted for {@link Quiz#SUBMISSION_GRACE}). */
  public Instant deadline() {
    return deadline;
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Map<QuestionId, Set<Integer>> answers() {
    return answers;
  }

  public Optional<QuizResult> result() {
    return Optional.ofNullable(result);
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  /** Whether this attempt was submitted and passed. */
  public boolean passed() {
    return result != null && result.passed();
  }

  public AttemptStatus status(Instant now) {
    if (isSubmitted()) {
      return AttemptStatus.SUBMITTED;
    }
    return now.isAfter(deadline.plus(Quiz.SUBMISSION_GRACE)) ? AttemptStatus.TIMED_OUT : AttemptStatus.IN_PROGRESS;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attempt a
        && id.equals(a.id)
        && drawnQuestions.equals(a.drawnQuestions)
        && startedAt.equals(a.startedAt)
        && deadline.equals(a.deadline)
        && Objects.equals(submittedAt, a.submittedAt)
        && answers.equals(a.answers)
        && Objects.equals(result, a.result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, startedAt);
  }

  @Override
  public String toString() {
    return "Attempt[" + id + ", " + (isSubmitted() ? "submitted " + result.percent() + "%" : "open") + "]";
  }
}
