package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentRepository;
import org.jgsw.course.domain.TrainingPlanId;

@ApplicationScoped
@Transactional
public class JpaAssignmentRepository implements AssignmentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Assignment> findByPlan(TrainingPlanId plan) {
    return em.createNamedQuery("AssignmentRecord.findByPlan", AssignmentRecord.class).setParameter("plan", plan.value())
        .getResultList().stream().map(AssignmentRecord::toAssignment).toList();
  }

  @Override
  public List<Assignment> findByPerson(String personId) {
    return em.createNamedQuery("AssignmentRecord.findByPerson", AssignmentRecord.class).setParameter("person", personId)
        .getResultList().stream().map(AssignmentRecord::toAssignment).toList();
  }

  @Override
  public void storeAll(Collection<Assignment> assignments) {
    for (Assignment a : assignments) {
      AssignmentRecord r = em.find(AssignmentRecord.class, AssignmentRecord.key(a.id()));
      if (r == null) {
        r = new AssignmentRecord();
        r.write(a);
        em.persist(r);
      } else {
        r.write(a);
      }
    }
  }
}
