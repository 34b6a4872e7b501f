package org.jgsw.course.domain;

/**
 * Whether a quiz is taken before the course (课前测, measuring the starting point) or after it (课后测,
 * the course's final quiz, which completion may require). Comparing both gives the L2 learning gain.
 */
public enum QuizPurpose {
  PRE_TEST("课前测"),
  POST_TEST("课后测");

  private final String label;

  QuizPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
