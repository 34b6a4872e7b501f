package org.jgsw.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One entry of a document's edit history: who did what to it, when, and which fields changed. */
@Entity
@Table(name = "library_edit")
@NamedQuery(name = "LibraryEdit.findByDocument", query = "SELECT e FROM LibraryEdit e WHERE e.documentId = :id ORDER BY e.editedAt DESC, e.id DESC")
public class LibraryEdit {

  public enum Action { CREATE, UPDATE, IMPORT, UPLOAD, DELETE }

  @Id
  @SequenceGenerator(name = "library_edit_seq", sequenceName = "library_edit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_edit_seq")
  private Long id;

  @Column(name = "document_id")
  private long documentId;

  @Column(name = "edited_at")
  private LocalDateTime editedAt;

  private String editor;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Action action;

  /** "field: old → new" lines; bodies are summarised by length. */
  private String changes;

  protected LibraryEdit() {}

  public LibraryEdit(long documentId, LocalDateTime editedAt, String editor, Action action, String changes) {
    this.documentId = documentId;
    this.editedAt = editedAt;
    this.editor = editor;
    this.action = action;
    this.changes = changes;
  }

  public Long getId() { return id; }
  public long getDocumentId() { return documentId; }
  public LocalDateTime getEditedAt() { return editedAt; }
  public String getEditor() { return editor; }
  public Action getAction() { return action; }
  public String getChanges() { return changes; }
}
