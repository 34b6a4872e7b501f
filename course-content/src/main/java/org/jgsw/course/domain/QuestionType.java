package org.jgsw.course.domain;

/** The kinds of quiz question. */
public enum QuestionType {
  SINGLE_CHOICE("单选题"),
  MULTIPLE_CHOICE("多选题"),
  TRUE_FALSE("判断题");

  private final String label;

  QuestionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
