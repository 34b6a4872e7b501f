package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jgsw.course.application.Learning;
import org.jgsw.course.application.NotFoundException;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;

/** Studying one course: the enrolment with its (pinned) course version and the course's quizzes. */
@ApplicationScoped
public class StudySession {

  /** What the course page and the API show of an enrolment. */
  public record StudyView(Enrolment enrolment, Course course, List<Quiz> quizzes) {
    public int progressPercent() {
      return enrolment.isCompleted() ? 100 : enrolment.lessonProgress(course).barPercent().intValue();
    }
  }

  @Inject Learning learning;
  @Inject JpaAssignmentRepository assignments;
  @Inject JpaCourseRepository courses;
  @Inject JpaQuizRepository quizzes;
  @Inject JpaEnrolmentRepository enrolments;

  /** Starts or resumes the course, linked to the person's active assignment of it if there is one. */
  public StudyView enrol(String staffNo, CourseId course) {
    AssignmentId assignment = assignments.findByPerson(staffNo).stream()
        .filter(a -> a.course().equals(course) && a.isActive())
        .map(Assignment::id).findFirst().orElse(null);
    return view(learning.enrol(staffNo, course, assignment));
  }

  /**
   * The course page's enrolment: the unfinished one, else the latest completed one (shown for review,
   * with its certificate), else a new one.
   */
  public StudyView open(String staffNo, CourseId course) {
    List<Enrolment> mine = enrolments.findByPersonAndCourse(staffNo, course);
    return mine.stream().filter(e -> !e.isCompleted()).findFirst()
        .or(() -> mine.stream().filter(Enrolment::isCompleted).reduce((a, b) -> b))
        .map(this::view)
        .orElseGet(() -> enrol(staffNo, course));
  }

  public StudyView view(org.jgsw.course.domain.EnrolmentId id) {
    return view(enrolments.find(id).orElseThrow(() -> new NotFoundException("没有学习记录 " + id.value())));
  }

  public StudyView view(Enrolment e) {
    Course c = courses.find(e.course()).orElseThrow(() -> new NotFoundException("没有课程 " + e.course()));
    return new StudyView(e, c, quizzes.findByCourse(c.id()));
  }

  /** Whether the person has completed the course of {@code quiz} (after a submission). */
  public boolean courseCompletedAfter(String staffNo, QuizId quiz) {
    return quizzes.find(quiz)
        .map(q -> enrolments.findByPersonAndCourse(staffNo, q.course()).stream().anyMatch(Enrolment::isCompleted))
        .orElse(false);
  }

  /** The person's latest completed enrolment of a course, for the certificate. */
  public java.util.Optional<StudyView> completed(String staffNo, CourseId course) {
    return enrolments.findByPersonAndCourse(staffNo, course).stream().filter(Enrolment::isCompleted)
        .reduce((a, b) -> b).map(this::view);
  }
}
