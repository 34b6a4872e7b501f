package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.EnrolmentRepository;

@ApplicationScoped
@Transactional
public class JpaEnrolmentRepository implements EnrolmentRepository {

  @PersistenceContext EntityManager em;
  @Inject TrainingIds ids;

  @Override
  public Optional<Enrolment> find(EnrolmentId id) {
    return Optional.ofNullable(em.find(EnrolmentRecord.class, id.value())).map(EnrolmentRecord::toEnrolment);
  }

  @Override
  public List<Enrolment> findByPersonAndCourse(String personId, CourseId course) {
    return em.createNamedQuery("EnrolmentRecord.findByPersonAndCourse", EnrolmentRecord.class)
        .setParameter("person", personId).setParameter("course", course.value())
        .getResultList().stream().map(EnrolmentRecord::toEnrolment).toList();
  }

  @Override
  public List<Enrolment> findByPerson(String personId) {
    return em.createNamedQuery("EnrolmentRecord.findByPerson", EnrolmentRecord.class).setParameter("person", personId)
        .getResultList().stream().map(EnrolmentRecord::toEnrolment).toList();
  }

  @Override
  public EnrolmentId nextId() {
    return EnrolmentId.of(ids.next("trn_enrolment_seq"));
  }

  @Override
  public void store(Enrolment enrolment) {
    EnrolmentRecord r = em.find(EnrolmentRecord.class, enrolment.id().value());
    if (r == null) {
      r = new EnrolmentRecord();
      r.write(enrolment);
      em.persist(r);
    } else {
      r.write(enrolment);
    }
  }
}
