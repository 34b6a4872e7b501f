package org.jgsw.portal.adapter.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.jgsw.course.application.port.CompetencyEvidence;
import org.jgsw.course.application.port.CompetencyEvidenceSink;

/**
 * Keeps supervisors' Level-3 ratings as pending competency evidence (trn_pending_evidence) until
 * the competency module offers a way to record evidence; then this adapter forwards them.
 */
@ApplicationScoped
@Transactional
public class PendingCompetencyEvidenceSink implements CompetencyEvidenceSink {

  private static final Logger LOG = Logger.getLogger(PendingCompetencyEvidenceSink.class.getName());

  @PersistenceContext EntityManager em;

  @Override
  public void accept(CompetencyEvidence evidence) {
    em.persist(new PendingEvidenceRecord(evidence));
    LOG.info(() -> "Competency evidence kept for later: " + evidence);
  }
}
