package org.jgsw.competency.domain;

import java.util.List;

/**
 * A post model that cannot be built, with every problem found as a Chinese sentence, so a form can
 * show them all at once.
 */
public class InvalidPostModelException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidPostModelException(List<String> problems) {
    super(String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
