package org.jgsw.course.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the browser is given for an attempt: the drawn questions without their correct answers, and
 * the moment answers stop being accepted (before grace).
 */
public record QuizPaper(AttemptId attempt, Instant deadline, List<PaperQuestion> questions) {

  public QuizPaper {
    questions = List.copyOf(questions);
  }

  /** A question as shown to the person taking the quiz. */
  public record PaperQuestion(QuestionId id, QuestionType type, String text, List<String> options, int points) {}
}
