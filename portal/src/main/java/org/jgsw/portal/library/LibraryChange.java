package org.jgsw.portal.library;

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

/**
 * A row of the index change log, written in the same transaction as the document change. The index
 * remembers the last change id it has durably applied (its commit marker); on start-up the rows
 * after it are applied again, so a crash between the database commit and the index update loses
 * nothing.
 */
@Entity
@Table(name = "library_change")
@NamedQuery(name = "LibraryChange.since", query = "SELECT c FROM LibraryChange c WHERE c.id > :after OR c.changedAt >= :since ORDER BY c.id")
@NamedQuery(name = "LibraryChange.maxId", query = "SELECT MAX(c.id) FROM LibraryChange c")
@NamedQuery(name = "LibraryChange.find", query = "SELECT c FROM LibraryChange c WHERE c.id = :id")
public class LibraryChange {

  public enum Operation { UPSERT, DELETE }

  @Id
  @SequenceGenerator(name = "library_change_seq", sequenceName = "library_change_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_change_seq")
  private Long id;

  @Column(name = "document_id")
  private long documentId;

  @Enumerated(EnumType.STRING)
  private Operation operation;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  protected LibraryChange() {}

  public LibraryChange(long documentId, Operation operation, LocalDateTime changedAt) {
    this.documentId = documentId;
    this.operation = operation;
    this.changedAt = changedAt;
  }

  public Long getId() { return id; }
  public long getDocumentId() { return documentId; }
  public Operation getOperation() { return operation; }
  public LocalDateTime getChangedAt() { return changedAt; }
}
