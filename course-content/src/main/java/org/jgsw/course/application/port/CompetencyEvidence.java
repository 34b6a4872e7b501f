package org.jgsw.course.application.port;

import java.time.LocalDate;
import java.util.Objects;
import org.jgsw.course.domain.CourseId;

/**
 * Evidence of a person's competency level produced by training, in this module's terms; the portal's
 * adapter turns it into the competency module's evidence.
 *
 * <ul>
 *   <li>{@link Kind#TRAINING_COMPLETION}: the person completed a course that trains the competency, with
 *       its post-test passed. {@code level} is the level the course trains to, which is also the most the
 *       completion may prove ({@code courseLevel}); {@code rater} is the system.
 *   <li>{@link Kind#SUPERVISOR_RATING}: a supervisor's Level-3 rating some time after the person completed
 *       a course that trains the competency; {@code rater} is the supervisor's person ID (staff number).
 * </ul>
 *
 * {@code courseTitle} and {@code courseVersion} say which course (version) the evidence came from, for the
 * person's profile; {@code date} is the completion or rating date.
 */
public record CompetencyEvidence(
    Kind kind,
    String competencyCode,
    String personId,
    int level,
    int courseLevel,
    String rater,
    LocalDate date,
    CourseId course,
    String courseTitle,
    int courseVersion) {

  /** Where the evidence comes from in training. */
  public enum Kind {
    TRAINING_COMPLETION,
    SUPERVISOR_RATING
  }

  /** Who records completion evidence: nobody signed it, the completion rule did. */
  public static final String COMPLETION_RATER = "系统（课程结业）";

  public CompetencyEvidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(competencyCode, "competencyCode");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(course, "course");
    courseTitle = courseTitle == null ? "" : courseTitle;
  }

  /** A completed course with its post-test passed: evidence at the level the course trains to. */
  public static CompetencyEvidence trainingCompletion(
      String competencyCode, String personId, int courseLevel, LocalDate completedOn, CourseId course, String courseTitle,
      int courseVersion) {
    return new CompetencyEvidence(Kind.TRAINING_COMPLETION, competencyCode, personId, courseLevel, courseLevel, COMPLETION_RATER,
        completedOn, course, courseTitle, courseVersion);
  }

  /** A supervisor's Level-3 rating of a competency the course trains. */
  public static CompetencyEvidence supervisorRating(
      String competencyCode, String personId, int level, String supervisor, LocalDate ratedOn, CourseId course, String courseTitle,
      int courseVersion) {
    return new CompetencyEvidence(Kind.SUPERVISOR_RATING, competencyCode, personId, level, level, supervisor, ratedOn, course,
        courseTitle, courseVersion);
  }
}
