package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A reminder shown in the portal; (person, dedup key) is unique, so a reminder is stored once. */
@Entity
@Table(name = "trn_notification")
@NamedQuery(name = "NotificationRecord.findByPerson",
    query = "SELECT n FROM NotificationRecord n WHERE n.personId = :person ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "NotificationRecord.keysOf", query = "SELECT n.dedupKey FROM NotificationRecord n WHERE n.personId = :person")
@NamedQuery(name = "NotificationRecord.countUnread",
    query = "SELECT COUNT(n) FROM NotificationRecord n WHERE n.personId = :person AND n.readAt IS NULL")
@NamedQuery(name = "NotificationRecord.markRead",
    query = "UPDATE NotificationRecord n SET n.readAt = :now WHERE n.personId = :person AND n.readAt IS NULL")
@NamedQuery(name = "NotificationRecord.toMail",
    query = "SELECT n.id, n.personId, n.message, u.email, u.displayName FROM NotificationRecord n, UserAccount u"
        + " WHERE u.person.staffNo = n.personId AND u.email IS NOT NULL AND u.active = TRUE"
        + " AND n.mailedAt IS NULL AND n.createdAt >= :since ORDER BY n.personId, n.createdAt, n.id")
@NamedQuery(name = "NotificationRecord.markMailed", query = "UPDATE NotificationRecord n SET n.mailedAt = :now WHERE n.id IN :ids")
public class NotificationRecord {

  @Id
  @SequenceGenerator(name = "trn_notification_seq", sequenceName = "trn_notification_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trn_notification_seq")
  private Long id;

  @Column(name = "person_id") private String personId;
  @Column(name = "created_at") private LocalDateTime createdAt;
  private String kind;
  @Column(name = "dedup_key") private String dedupKey;
  private String message;
  @Column(name = "read_at") private LocalDateTime readAt;
  @Column(name = "mailed_at") private LocalDateTime mailedAt;

  public NotificationRecord() {}

  NotificationRecord(String personId, LocalDateTime createdAt, String kind, String dedupKey, String message) {
    this.personId = personId;
    this.createdAt = createdAt;
    this.kind = kind;
    this.dedupKey = dedupKey;
    this.message = message;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getKind() {
    return kind;
  }

  public String getMessage() {
    return message;
  }

  public boolean isUnread() {
    return readAt == null;
  }
}
