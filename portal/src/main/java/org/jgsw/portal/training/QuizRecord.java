package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;

/** A quiz with its question bank (JSON); the correct answers never leave the server. */
@Entity
@Table(name = "trn_quiz")
@NamedQuery(name = "QuizRecord.findByCourse", query = "SELECT q FROM QuizRecord q WHERE q.courseId = :course ORDER BY q.id")
public class QuizRecord {

  @Id private long id;
  @Column(name = "course_id") private long courseId;
  private String purpose;
  private String title;
  private String body;

  public QuizRecord() {}

  void write(Quiz q) {
    id = q.id().value();
    courseId = q.course().value();
    purpose = q.purpose().name();
    title = q.title();
    body = TrainingJson.quiz(q);
  }

  Quiz toQuiz() {
    return TrainingJson.quiz(QuizId.of(id), CourseId.of(courseId), body);
  }
}
