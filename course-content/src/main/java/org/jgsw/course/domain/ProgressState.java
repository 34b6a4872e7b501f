package org.jgsw.course.domain;

/** How far a person is with a course, as assignments and reports need it. */
public enum ProgressState {
  NOT_STARTED,
  STARTED,
  COMPLETED
}
