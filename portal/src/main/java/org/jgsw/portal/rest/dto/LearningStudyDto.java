package org.jgsw.portal.rest.dto;

import java.util.List;

/** An enrolment as the API shows it: lessons in order with what is done, where to resume, quizzes. */
public record LearningStudyDto(
    long enrolment, long courseId, int version, String title, List<Lesson> lessons, String resumeLesson, int progress,
    boolean completed, List<Quiz> quizzes) {

  public record Lesson(String id, String title, int minutes, boolean done) {}

  public record Quiz(long id, String title, String purpose, int passMark, int attemptLimit) {}
}
