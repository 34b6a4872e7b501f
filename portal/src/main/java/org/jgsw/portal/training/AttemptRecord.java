package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.AttemptId;
import org.jgsw.course.domain.QuizId;

/** One quiz attempt; times are stored as UTC LocalDateTime (EclipseLink 4.0 cannot map Instant). */
@Entity
@Table(name = "trn_attempt")
@NamedQuery(name = "AttemptRecord.findByQuizAndPerson",
    query = "SELECT a FROM AttemptRecord a WHERE a.quizId = :quiz AND a.personId = :person ORDER BY a.attemptNo")
@NamedQuery(name = "AttemptRecord.findByQuiz", query = "SELECT a FROM AttemptRecord a WHERE a.quizId = :quiz ORDER BY a.startedAt")
public class AttemptRecord {

  @Id private String id;
  @Column(name = "quiz_id") private long quizId;
  @Column(name = "person_id") private String personId;
  @Column(name = "attempt_no") private int attemptNo;
  @Column(name = "started_at") private LocalDateTime startedAt;
  @Column(name = "submitted_at") private LocalDateTime submittedAt;
  private boolean passed;
  private String body;

  public AttemptRecord() {}

  static String key(AttemptId id) {
    return id.quiz().value() + ":" + id.personId() + ":" + id.number();
  }

  void write(Attempt a) {
    id = key(a.id());
    quizId = a.id().quiz().value();
    personId = a.personId();
    attemptNo = a.id().number();
    startedAt = LocalDateTime.ofInstant(a.startedAt(), ZoneOffset.UTC);
    submittedAt = a.submittedAt().map(t -> LocalDateTime.ofInstant(t, ZoneOffset.UTC)).orElse(null);
    passed = a.passed();
    body = TrainingJson.attempt(a);
  }

  Attempt toAttempt() {
    return TrainingJson.attempt(new AttemptId(QuizId.of(quizId), personId, attemptNo), body);
  }
}
