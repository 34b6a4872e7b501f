package org.jgsw.portal.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Writes and reads the audit log. Entries are written in their own transaction so that a failed
 * login is recorded even though the login itself fails.
 */
@Stateless
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String actor, AuditAction action, String targetType, Object targetId, String detail, String remoteAddr) {
    em.persist(new AuditEntry(actor == null ? "-" : actor, action, targetType, targetId == null ? null : targetId.toString(), truncate(detail), remoteAddr));
  }

  /** Newest first, optionally filtered by actor, action, target or detail (case-insensitive substring). */
  public List<AuditEntry> find(String filter, int first, int max) {
    TypedQuery<AuditEntry> q = em.createQuery("SELECT e FROM AuditEntry e WHERE " + FILTER + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class);
    bind(q, filter);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(String filter) {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE " + FILTER, Long.class);
    bind(q, filter);
    return q.getSingleResult();
  }

  private static final String FILTER = "(:f = '' OR LOWER(e.actor) LIKE :like OR LOWER(e.action) LIKE :like OR LOWER(e.targetType) LIKE :like OR LOWER(e.targetId) LIKE :like OR LOWER(e.detail) LIKE :like)";

  private static void bind(TypedQuery<?> q, String filter) {
    String f = filter == null ? "" : filter.trim().toLowerCase();
    q.setParameter("f", f).setParameter("like", "%" + f + "%");
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
  }
}
