package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jgsw.course.domain.CourseVersionId;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.ProgressState;

/** A person's study of one course version; progress columns for reports, details as JSON. */
@Entity
@Table(name = "trn_enrolment")
@NamedQuery(name = "EnrolmentRecord.findByPerson", query = "SELECT e FROM EnrolmentRecord e WHERE e.personId = :person ORDER BY e.id")
@NamedQuery(name = "EnrolmentRecord.findByPersonAndCourse",
    query = "SELECT e FROM EnrolmentRecord e WHERE e.personId = :person AND e.courseId = :course ORDER BY e.id")
public class EnrolmentRecord {

  @Id private long id;
  @Column(name = "person_id") private String personId;
  @Column(name = "course_id") private long courseId;
  @Column(name = "version_no") private int versionNo;
  @Column(name = "plan_id") private Long planId;
  @Column(name = "lessons_done") private int lessonsDone;
  @Column(name = "completed_at") private LocalDateTime completedAt;
  /** Any progress at all (not NOT_STARTED), so that reports can tell "in progress" in SQL. */
  private boolean started;
  private String body;

  public EnrolmentRecord() {}

  void write(Enrolment e) {
    id = e.id().value();
    personId = e.personId();
    courseId = e.course().course().value();
    versionNo = e.course().version();
    planId = e.assignment().map(a -> a.plan().value()).orElse(null);
    lessonsDone = e.completedLessons().size();
    completedAt = e.completedAt().map(t -> LocalDateTime.ofInstant(t, ZoneOffset.UTC)).orElse(null);
    started = e.progressState() != ProgressState.NOT_STARTED;
    body = TrainingJson.enrolment(e);
  }

  Enrolment toEnrolment() {
    return TrainingJson.enrolment(EnrolmentId.of(id), personId, CourseVersionId.of(courseId, versionNo), body);
  }
}
