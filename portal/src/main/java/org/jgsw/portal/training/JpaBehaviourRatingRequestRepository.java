package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.BehaviourRatingRequestRepository;
import org.jgsw.course.domain.EnrolmentId;

@ApplicationScoped
@Transactional
public class JpaBehaviourRatingRequestRepository implements BehaviourRatingRequestRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<BehaviourRatingRequest> find(EnrolmentId enrolment) {
    return Optional.ofNullable(em.find(RatingRequestRecord.class, enrolment.value())).map(RatingRequestRecord::toRequest);
  }

  @Override
  public List<BehaviourRatingRequest> findBySupervisor(String supervisor) {
    return em.createNamedQuery("RatingRequestRecord.findBySupervisor", RatingRequestRecord.class).setParameter("supervisor", supervisor)
        .getResultList().stream().map(RatingRequestRecord::toRequest).toList();
  }

  public List<BehaviourRatingRequest> findAll() {
    return em.createNamedQuery("RatingRequestRecord.findAll", RatingRequestRecord.class)
        .getResultList().stream().map(RatingRequestRecord::toRequest).toList();
  }

  @Override
  public void store(BehaviourRatingRequest request) {
    RatingRequestRecord r = em.find(RatingRequestRecord.class, request.enrolment().value());
    if (r == null) {
      r = new RatingRequestRecord();
      r.write(request);
      em.persist(r);
    } else {
      r.write(request);
    }
  }
}
