package org.jgsw.portal.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person HR has put on the shortlist (入围名单) of a post, with a note. */
@Entity
@Table(name = "cmp_shortlist")
@NamedQuery(name = "ShortlistEntry.findByPost", query = "SELECT s FROM ShortlistEntry s WHERE s.postCode = :post ORDER BY s.markedAt")
@NamedQuery(name = "ShortlistEntry.find",
    query = "SELECT s FROM ShortlistEntry s WHERE s.postCode = :post AND s.subjectKind = :kind AND s.subjectId = :id")
public class ShortlistEntry {

  @Id
  @SequenceGenerator(name = "cmp_shortlist_seq", sequenceName = "cmp_shortlist_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_shortlist_seq")
  private Long id;

  @Column(name = "post_code")
  private String postCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind")
  private SubjectKind subjectKind;

  @Column(name = "subject_id")
  private long subjectId;

  private String note;

  @Column(name = "marked_by")
  private String markedBy;

  @Column(name = "marked_at")
  private LocalDateTime markedAt;

  protected ShortlistEntry() {}

  public ShortlistEntry(String postCode, SubjectKind kind, long subjectId, String note, String markedBy) {
    this.postCode = postCode;
    this.subjectKind = kind;
    this.subjectId = subjectId;
    this.note = note;
    this.markedBy = markedBy;
    this.markedAt = LocalDateTime.now();
  }

  public String getKey() {
    return subjectKind.key(subjectId);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
    this.markedAt = LocalDateTime.now();
  }

  public String getMarkedBy() {
    return markedBy;
  }

  public LocalDateTime getMarkedAt() {
    return markedAt;
  }
}
