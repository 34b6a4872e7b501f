package org.jgsw.portal.library;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;

/**
 * A document of the library (资料库): a standard (标准), a regulation (制度法规) or a typical case
 * (典型案例). The database row is the source of truth; the search index is derived from it. A
 * repealed document points to the one that replaces it ({@link #getReplacedById()}); the
 * replaced documents of this one are those pointing here.
 */
@Entity
@Table(name = "library_document")
@NamedQuery(name = "LibraryDocument.findByExternalId", query = "SELECT d FROM LibraryDocument d WHERE d.externalId = :externalId")
@NamedQuery(name = "LibraryDocument.findReplacing", query = "SELECT d FROM LibraryDocument d WHERE d.replacedById = :id ORDER BY d.issuedOn")
@NamedQuery(name = "LibraryDocument.countAll", query = "SELECT COUNT(d) FROM LibraryDocument d")
@NamedQuery(name = "LibraryDocument.pageAfter", query = "SELECT d FROM LibraryDocument d WHERE d.id > :after ORDER BY d.id")
@NamedQuery(name = "LibraryDocument.findByIds", query = "SELECT d FROM LibraryDocument d WHERE d.id IN :ids")
@NamedQuery(name = "LibraryDocument.idsLinkedTo", query = "SELECT d.id FROM LibraryDocument d JOIN d.competencies c WHERE c = :code")
public class LibraryDocument {

  @Id
  @SequenceGenerator(name = "library_document_seq", sequenceName = "library_document_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_document_seq")
  private Long id;

  @Column(name = "external_id")
  private String externalId;

  @Enumerated(EnumType.STRING)
  private DocumentKind kind;

  private String title;

  /** Standard number (DB51/T 2500-2018) or 文号 (国办发〔2017〕71号). */
  @Column(name = "doc_number")
  private String number;

  private String issuer;

  /** 全国, a province or a city. */
  private String region;

  @Enumerated(EnumType.STRING)
  private DocumentStatus status;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(name = "repealed_on")
  private LocalDate repealedOn;

  /** The document that replaces this one (a plain id: no cascade, no lazy loading surprises). */
  @Column(name = "replaced_by_id")
  private Long replacedById;

  // Batch fetching: a rebuild reads thousands of documents a page, one query per collection.
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "library_document_domain", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "domain")
  @OrderBy
  private Set<String> domains = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "library_document_tag", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "tag")
  @OrderBy
  private Set<String> tags = new LinkedHashSet<>();

  // Competencies (dictionary codes) a librarian linked the document to; lazy: only the document's
  // pages and the edit form read them, never the index.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "library_document_competency", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "competency_code")
  @OrderBy
  private Set<String> competencies = new LinkedHashSet<>();

  private String summary;

  private String body;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_type")
  private String fileType;

  /** Relative to the data directory's files folder. */
  @Column(name = "file_path")
  private String filePath;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  public Long getId() { return id; }
  public String getExternalId() { return externalId; }
  public void setExternalId(String v) { externalId = v; }
  public DocumentKind getKind() { return kind; }
  public void setKind(DocumentKind v) { kind = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getNumber() { return number; }
  public void setNumber(String v) { number = v; }
  public String getIssuer() { return issuer; }
  public void setIssuer(String v) { issuer = v; }
  public String getRegion() { return region; }
  public void setRegion(String v) { region = v; }
  public DocumentStatus getStatus() { return status; }
  public void setStatus(DocumentStatus v) { status = v; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public void setIssuedOn(LocalDate v) { issuedOn = v; }
  public LocalDate getEffectiveOn() { return effectiveOn; }
  public void setEffectiveOn(LocalDate v) { effectiveOn = v; }
  public LocalDate getRepealedOn() { return repealedOn; }
  public void setRepealedOn(LocalDate v) { repealedOn = v; }
  public Long getReplacedById() { return replacedById; }
  public void setReplacedById(Long v) { replacedById = v; }
  public Set<String> getDomains() { return domains; }
  public Set<String> getTags() { return tags; }
  public Set<String> getCompetencies() { return competencies; }
  public String getSummary() { return summary; }
  public void setSummary(String v) { summary = v; }
  public String getBody() { return body; }
  public void setBody(String v) { body = v; }
  public String getFileName() { return fileName; }
  public String getFileType() { return fileType; }
  public String getFilePath() { return filePath; }
  public Long getFileSize() { return fileSize; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public String getUpdatedBy() { return updatedBy; }
  public long getVersion() { return version; }

  void attachFile(String name, String type, String path, long size) {
    fileName = name;
    fileType = type;
    filePath = path;
    fileSize = size;
  }

  void touch(String actor, LocalDateTime now) {
    if (createdAt == null) {
      createdAt = now;
      createdBy = actor;
    }
    updatedAt = now;
    updatedBy = actor;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LibraryDocument other && id != null && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return LibraryDocument.class.hashCode();
  }
}
