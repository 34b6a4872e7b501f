package org.jgsw.course.domain;

/**
 * A start or a submission that the quiz rules refuse, with the reason as a Chinese sentence for the
 * page. Nothing is recorded for a refused submission.
 */
public class QuizRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a start or submission was refused. */
  public enum Reason {
    ATTEMPT_LIMIT_REACHED,
    ATTEMPT_IN_PROGRESS,
    ALREADY_SUBMITTED,
    TIME_LIMIT_EXCEEDED,
    QUESTION_NOT_DRAWN,
    INVALID_ANSWER,
    WRONG_QUIZ,
    WRONG_PERSON
  }

  private final Reason reason;

  public QuizRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
