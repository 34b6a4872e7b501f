package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.ReactionResponse;

/** A Level-1 questionnaire answered at course completion (scores as JSON). */
@Entity
@Table(name = "trn_reaction")
@NamedQuery(name = "ReactionRecord.find", query = "SELECT r FROM ReactionRecord r WHERE r.personId = :person AND r.courseId = :course")
@NamedQuery(name = "ReactionRecord.findByCourse", query = "SELECT r FROM ReactionRecord r WHERE r.courseId = :course")
public class ReactionRecord {

  @Id
  @SequenceGenerator(name = "trn_reaction_seq", sequenceName = "trn_reaction_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trn_reaction_seq")
  private Long id;

  @Column(name = "person_id") private String personId;
  @Column(name = "course_id") private long courseId;
  @Column(name = "answered_on") private LocalDate answeredOn;
  private String average;
  private String body;

  public ReactionRecord() {}

  ReactionRecord(ReactionResponse r) {
    personId = r.personId();
    courseId = r.course().value();
    answeredOn = r.date();
    average = r.average().toPlainString();
    body = TrainingJson.scores(r.scores(), r.comment());
  }

  ReactionResponse toResponse() {
    var o = TrainingJson.parse(body);
    Map<String, Integer> scores = new HashMap<>();
    o.getJsonObject("scores").forEach((k, v) -> scores.put(k, ((jakarta.json.JsonNumber) v).intValue()));
    return new ReactionResponse(personId, CourseId.of(courseId), scores, o.getString("comment", ""), answeredOn);
  }
}
