package org.jgsw.portal.competency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A rotation (轮岗) or secondment (挂职) of a member of staff: where, from when to when, and the host
 * unit's evaluation — an overall comment and a rating of each competency it observed. Each rating is
 * also ROTATION evidence in the person's profile, dated the end of the stay (origin {@code rotation:id}).
 */
@Entity
@Table(name = "cmp_rotation")
@NamedQuery(name = "RotationRecord.findByPerson",
    query = "SELECT DISTINCT r FROM RotationRecord r LEFT JOIN FETCH r.ratings WHERE r.personId = :person ORDER BY r.endDate DESC, r.id DESC")
public class RotationRecord {

  @Id
  @SequenceGenerator(name = "cmp_rotation_seq", sequenceName = "cmp_rotation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_rotation_seq")
  private Long id;

  @Column(name = "person_id")
  private long personId;

  @Enumerated(EnumType.STRING)
  private RotationKind kind;

  @Column(name = "host_unit")
  private String hostUnit;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  private String evaluation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cmp_rotation_rating", joinColumns = @JoinColumn(name = "rotation_id"))
  @OrderBy("competencyCode")
  private List<RotationRating> ratings = new ArrayList<>();

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt = LocalDateTime.now();

  protected RotationRecord() {}

  RotationRecord(long personId, RotationInput input, String recordedBy) {
    this.personId = personId;
    this.kind = input.kind();
    this.hostUnit = input.hostUnit().strip();
    this.startDate = input.from();
    this.endDate = input.to();
    this.evaluation = input.evaluation() == null || input.evaluation().isBlank() ? null : input.evaluation().strip();
    input.ratings().forEach((code, level) -> ratings.add(new RotationRating(code.strip(), level)));
    this.recordedBy = recordedBy;
  }

  /** The origin its evidence is recorded under, so that deleting the record takes the evidence along. */
  String evidenceOrigin() {
    return "rotation:" + id;
  }

  /** “挂职：芜湖市机关事务管理局”: the detail of its evidence. */
  public String evidenceDetail() {
    return kind.label() + "：" + hostUnit;
  }

  /** The bundle key of its kind's name ({@code rotation.kind.SECONDMENT}), for the pages. */
  public String getKindKey() {
    return "rotation.kind." + kind.name();
  }

  public Long getId() { return id; }
  public long getPersonId() { return personId; }
  public RotationKind getKind() { return kind; }
  public String getHostUnit() { return hostUnit; }
  public LocalDate getStartDate() { return startDate; }
  public LocalDate getEndDate() { return endDate; }
  public String getEvaluation() { return evaluation; }
  public List<RotationRating> getRatings() { return List.copyOf(ratings); }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}
