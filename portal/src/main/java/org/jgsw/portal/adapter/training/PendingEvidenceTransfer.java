package org.jgsw.portal.adapter.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Once, at start-up: the Level-3 ratings an earlier release parked in {@code trn_pending_evidence} go
 * into the competency profile as supervisor ratings, and are marked delivered so they never go twice.
 * Done in Java rather than in the V8 migration because the evidence needs IDs from the JPA sequence
 * (whose SQL differs between H2 and PostgreSQL) and the rater's name as the profile shows it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PendingEvidenceTransfer {

  private static final Logger LOG = Logger.getLogger(PendingEvidenceTransfer.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ProfileEvidenceSink sink;

  @PostConstruct
  void transfer() {
    List<PendingEvidenceRecord> pending = em.createQuery(
        "SELECT p FROM PendingEvidenceRecord p WHERE p.delivered = FALSE ORDER BY p.id", PendingEvidenceRecord.class).getResultList();
    for (PendingEvidenceRecord p : pending) {
      sink.accept(p.toEvidence());
      p.markDelivered();
    }
    if (!pending.isEmpty()) {
      LOG.info(() -> pending.size() + " Level-3 ratings moved from trn_pending_evidence into the competency profiles.");
    }
  }
}
