package org.jgsw.course.domain;

import java.util.Objects;

/** An attempt at a quiz: which quiz, whose, and which of the person's attempts (1, 2, …). */
public record AttemptId(QuizId quiz, String personId, int number) {

  public AttemptId {
    Objects.requireNonNull(quiz, "quiz");
    personId = Texts.required(personId, "答题人不能为空");
    if (number < 1) {
      throw new IllegalArgumentException("答题次序必须从 1 开始，实际为 " + number);
    }
  }
}
