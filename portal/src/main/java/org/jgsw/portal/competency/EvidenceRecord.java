package org.jgsw.portal.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.ProficiencyLevel;

/**
 * One rating of a person's competency with its evidence (佐证), as recorded. Ratings are only ever
 * added: the current level is decided from all of them by the domain's {@code CurrentLevelRule}.
 */
@Entity
@Table(name = "cmp_evidence")
public class EvidenceRecord {

  @Id
  @SequenceGenerator(name = "cmp_evidence_seq", sequenceName = "cmp_evidence_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_evidence_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind")
  private SubjectKind subjectKind;

  @Column(name = "subject_id")
  private long subjectId;

  @Column(name = "competency_code")
  private String competencyCode;

  @Column(name = "level_value")
  private int level;

  @Enumerated(EnumType.STRING)
  private EvidenceSource source;

  @Column(name = "evidence_date")
  private LocalDate evidenceDate;

  @Column(name = "recorded_by")
  private String recordedBy;

  private String detail;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt = LocalDateTime.now();

  /** What the portal recorded this evidence from ({@code course:12}, {@code rotation:1005}); null when typed in. */
  private String origin;

  protected EvidenceRecord() {}

  /** Evidence the portal records itself, marked with where it came from. */
  public EvidenceRecord(SubjectKind kind, long subjectId, Evidence evidence, String origin) {
    this(kind, subjectId, evidence);
    this.origin = origin;
  }

  public EvidenceRecord(SubjectKind kind, long subjectId, Evidence evidence) {
    this.subjectKind = kind;
    this.subjectId = subjectId;
    this.competencyCode = evidence.competency().value();
    this.level = evidence.level().value();
    this.source = evidence.source();
    this.evidenceDate = evidence.date();
    this.recordedBy = evidence.recordedBy();
    this.detail = evidence.detail();
  }

  public Evidence toDomain() {
    return new Evidence(CompetencyCode.of(competencyCode), ProficiencyLevel.of(level), source, evidenceDate, recordedBy, detail);
  }

  public Long getId() {
    return id;
  }
}
