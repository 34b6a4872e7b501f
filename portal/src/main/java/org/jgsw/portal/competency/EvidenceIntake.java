package org.jgsw.portal.competency;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CompetencyDictionaryRepository;
import org.jgsw.competency.domain.Evidence;

/**
 * Evidence the portal records by itself, not typed in by a rater: course completions, Level-3
 * supervisor ratings, a host unit's evaluation of a rotation. Each piece carries its origin
 * ({@code course:12}, {@code rotation:1005}) so that the same origin never adds the same
 * competency, source and level twice, and so that deleting a rotation can take its evidence along.
 *
 * <p>Adding evidence raises the highest ID of {@code cmp_evidence}, which {@link ProfileDirectory}'s
 * freshness token watches, so rankings and profiles see it at once; removing evidence does not change
 * that token, so it empties {@link ProfileCache} once the transaction has committed.
 */
@Stateless
public class EvidenceIntake {

  @PersistenceContext private EntityManager em;
  @Inject CompetencyDictionaryRepository dictionary;
  @Inject ProfileCache cache;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The matching key ({@code S…}) of the active member of staff with this staff number. */
  public Optional<String> staffKey(String staffNo) {
    return em.createQuery("SELECT p.id FROM Person p WHERE p.staffNo = :no", Long.class).setParameter("no", staffNo)
        .getResultStream().findFirst().map(SubjectKind.STAFF::key);
  }

  /**
   * “name（unit）” of the member of staff with this staff number, as ratings are signed (training knows
   * people, supervisors included, by staff number); the staff number itself when there is no such person.
   */
  public String signatureOf(String staffNo) {
    return em.createQuery("SELECT p.name, u.name FROM Person p JOIN p.unit u WHERE p.staffNo = :no", Object[].class)
        .setParameter("no", staffNo).getResultStream().findFirst().map(r -> r[0] + "（" + r[1] + "）").orElse(staffNo);
  }

  /** Whether the competency dictionary knows {@code code}. */
  public boolean known(String code) {
    try {
      return dictionary.find(CompetencyCode.of(code.strip())).isPresent(); // one row, not the whole dictionary
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Records {@code evidence} for {@code personKey} unless evidence of the same competency, source and
   * level from the same origin is already there; says whether it recorded it.
   */
  public boolean add(String personKey, Evidence evidence, String origin) {
    SubjectKind kind = SubjectKind.ofKey(personKey);
    long id = SubjectKind.idOf(personKey);
    long same = em.createQuery("SELECT COUNT(e) FROM EvidenceRecord e WHERE e.subjectKind = :kind AND e.subjectId = :id"
            + " AND e.competencyCode = :code AND e.source = :source AND e.level = :level AND e.origin = :origin", Long.class)
        .setParameter("kind", kind).setParameter("id", id).setParameter("code", evidence.competency().value())
        .setParameter("source", evidence.source()).setParameter("level", evidence.level().value()).setParameter("origin", origin)
        .getSingleResult();
    if (same > 0) {
      return false;
    }
    em.persist(new EvidenceRecord(kind, id, evidence, origin));
    return true;
  }

  /** Removes every piece of evidence from {@code origin}; returns how many. */
  public int removeAll(String origin) {
    int removed = em.createQuery("DELETE FROM EvidenceRecord e WHERE e.origin = :origin").setParameter("origin", origin).executeUpdate();
    if (removed > 0) {
      transactions.registerInterposedSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
          if (status == Status.STATUS_COMMITTED) {
            cache.clear();
          }
        }
      });
    }
    return removed;
  }
}
