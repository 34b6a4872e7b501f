package org.jgsw.course.domain;

import java.util.List;

/**
 * A course, quiz, plan or questionnaire that cannot be built, with every problem found as a Chinese
 * sentence, so a form can show them all at once.
 */
public class InvalidTrainingDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidTrainingDataException(List<String> problems) {
    super(String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
