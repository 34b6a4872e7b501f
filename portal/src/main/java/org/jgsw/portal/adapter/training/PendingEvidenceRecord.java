package org.jgsw.portal.adapter.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jgsw.course.application.port.CompetencyEvidence;
import org.jgsw.course.domain.CourseId;

/**
 * Competency evidence from a Level-3 rating that an earlier release parked in {@code trn_pending_evidence}
 * because the competency side could not take it yet. Nothing writes these any more: {@link
 * PendingEvidenceTransfer} hands the undelivered ones to the competency profile once and marks them delivered.
 */
@Entity
@Table(name = "trn_pending_evidence")
public class PendingEvidenceRecord {

  @Id
  @SequenceGenerator(name = "trn_evidence_seq", sequenceName = "trn_evidence_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trn_evidence_seq")
  private Long id;

  @Column(name = "competency_code") private String competencyCode;
  @Column(name = "person_id") private String personId;
  @Column(name = "level_value") private int level;
  private String rater;
  @Column(name = "rated_on") private LocalDate ratedOn;
  @Column(name = "course_id") private long courseId;
  private boolean delivered;

  public PendingEvidenceRecord() {}

  /** The parked rating as training's evidence (the course is named by the receiving side). */
  CompetencyEvidence toEvidence() {
    return CompetencyEvidence.supervisorRating(competencyCode, personId, level, rater, ratedOn, CourseId.of(courseId), "", 0);
  }

  void markDelivered() {
    delivered = true;
  }
}
