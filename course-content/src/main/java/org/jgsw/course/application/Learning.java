package org.jgsw.course.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.AttemptId;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CreditLedger;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.LessonId;
import org.jgsw.course.domain.PersonCategory;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.QuizPaper;

/**
 * Staff's use cases for studying: enrol, study lessons (progress and time recorded on the server),
 * take quizzes scored on the server, and see the credit-hour ledger. Every call names the person
 * acting ({@code personId}, from the logged-in user, never from the request), and is refused for
 * someone else's enrolment or attempt.
 */
public interface Learning {

  /**
   * The person's enrolment in the course: an unfinished one if there is one (keeping its version),
   * else a new one in the current published version.
   */
  Enrolment enrol(@NotBlank String personId, @NotNull CourseId course, AssignmentId assignment);

  Enrolment openLesson(@NotBlank String personId, @NotNull EnrolmentId enrolment, @NotNull LessonId lesson);

  /** Marks a lesson done, and completes the course if the completion rule is met. */
  Enrolment completeLesson(@NotBlank String personId, @NotNull EnrolmentId enrolment, @NotNull LessonId lesson);

  /** Records a heartbeat from the lesson page; returns the time counted for it. */
  Duration heartbeat(
      @NotBlank String personId, @NotNull EnrolmentId enrolment, @NotNull LessonId lesson,
      @NotNull Duration sinceLastActivity);

  /** Starts an attempt and returns the paper (no correct answers in it). */
  QuizPaper startQuiz(@NotBlank String personId, @NotNull QuizId quiz);

  /**
   * Scores a submission on the server and keeps the attempt; a passed post-test is recorded on the
   * person's enrolment, which may complete the course.
   */
  Attempt submitQuiz(
      @NotBlank String personId, @NotNull AttemptId attempt, @NotNull Map<QuestionId, Set<Integer>> answers);

  /** The person's ledger for a year, with the requirements of their category. */
  CreditLedger ledger(@NotBlank String personId, int year, @NotNull PersonCategory category);
}
