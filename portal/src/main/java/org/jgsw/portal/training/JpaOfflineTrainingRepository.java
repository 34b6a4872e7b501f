package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jgsw.course.domain.OfflineTraining;
import org.jgsw.course.domain.OfflineTrainingRepository;

@ApplicationScoped
@Transactional
public class JpaOfflineTrainingRepository implements OfflineTrainingRepository {

  @PersistenceContext EntityManager em;

  /** A read on every 我的学习: joins the caller's transaction if there is one, else starts none. */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OfflineTraining> findByAttendee(String personId) {
    return em.createNamedQuery("OfflineTrainingRecord.findByAttendee", OfflineTrainingRecord.class).setParameter("person", personId)
        .getResultList().stream().map(OfflineTrainingRecord::toTraining).toList();
  }

  /** Adds the training, or adds its attendees to the class already recorded with the same id. */
  @Override
  public void store(OfflineTraining training) {
    OfflineTrainingRecord r = em.find(OfflineTrainingRecord.class, training.id());
    if (r == null) {
      r = new OfflineTrainingRecord();
      r.write(training);
      em.persist(r);
    } else {
      r.write(training);
    }
  }
}
