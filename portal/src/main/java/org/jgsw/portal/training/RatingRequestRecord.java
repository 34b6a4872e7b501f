package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.EnrolmentId;

/** A Level-3 rating request to a supervisor, with the rating once given (JSON). */
@Entity
@Table(name = "trn_rating_request")
@NamedQuery(name = "RatingRequestRecord.findBySupervisor",
    query = "SELECT r FROM RatingRequestRecord r WHERE r.supervisor = :supervisor ORDER BY r.dueOn")
@NamedQuery(name = "RatingRequestRecord.findAll", query = "SELECT r FROM RatingRequestRecord r ORDER BY r.dueOn")
public class RatingRequestRecord {

  @Id @Column(name = "enrolment_id") private long enrolmentId;
  @Column(name = "person_id") private String personId;
  @Column(name = "course_id") private long courseId;
  private String supervisor;
  @Column(name = "due_on") private LocalDate dueOn;
  private boolean rated;
  private String body;

  public RatingRequestRecord() {}

  void write(BehaviourRatingRequest r) {
    enrolmentId = r.enrolment().value();
    personId = r.personId();
    courseId = r.course().value();
    supervisor = r.supervisor();
    dueOn = r.dueOn();
    rated = r.isRated();
    body = TrainingJson.ratingRequest(r);
  }

  BehaviourRatingRequest toRequest() {
    return TrainingJson.ratingRequest(EnrolmentId.of(enrolmentId), personId, CourseId.of(courseId), supervisor, dueOn, body);
  }
}
