package org.jgsw.course.domain;

/** The identity of a quiz. Always positive. */
public record QuizId(long value) {

  public QuizId {
    if (value <= 0) {
      throw new IllegalArgumentException("测验编号必须为正整数，实际为 " + value);
    }
  }

  public static QuizId of(long value) {
    return new QuizId(value);
  }
}
