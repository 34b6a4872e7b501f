package org.jgsw.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of the audit log: who did what to which record, when. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  private String actor;

  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  private String detail;

  @Column(name = "remote_addr")
  private String remoteAddr;

  protected AuditEntry() {}

  public AuditEntry(String actor, AuditAction action, String targetType, String targetId, String detail, String remoteAddr) {
    this.occurredAt = LocalDateTime.now();
    this.actor = actor;
    this.action = action.name();
    this.targetType = targetType;
    this.targetId = targetId;
    this.detail = detail;
    this.remoteAddr = remoteAddr;
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getDetail() {
    return detail;
  }

  public String getRemoteAddr() {
    return remoteAddr;
  }
}
