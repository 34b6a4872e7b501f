package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jgsw.course.domain.PlanStatus;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.course.domain.TrainingPlanRepository;

@ApplicationScoped
@Transactional
public class JpaTrainingPlanRepository implements TrainingPlanRepository {

  @PersistenceContext EntityManager em;
  @Inject TrainingIds ids;
  @Inject PlanNames names;

  @Override
  public Optional<TrainingPlan> find(TrainingPlanId id) {
    return Optional.ofNullable(em.find(PlanRecord.class, id.value())).map(PlanRecord::toPlan);
  }

  @Override
  public List<TrainingPlan> findPublished() {
    return em.createNamedQuery("PlanRecord.findByStatus", PlanRecord.class).setParameter("status", PlanStatus.PUBLISHED.name())
        .getResultList().stream().map(PlanRecord::toPlan).toList();
  }

  public List<TrainingPlan> findAll() {
    return em.createNamedQuery("PlanRecord.findAll", PlanRecord.class).getResultList().stream().map(PlanRecord::toPlan).toList();
  }

  public TrainingPlanId nextId() {
    return TrainingPlanId.of(ids.next("trn_plan_seq"));
  }

  @Override
  public void store(TrainingPlan plan) {
    PlanRecord r = em.find(PlanRecord.class, plan.id().value());
    if (r == null) {
      r = new PlanRecord();
      r.write(plan);
      em.persist(r);
    } else {
      r.write(plan);
    }
    names.changed();
  }
}
