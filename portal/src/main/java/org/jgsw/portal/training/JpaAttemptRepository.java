package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.AttemptId;
import org.jgsw.course.domain.AttemptRepository;
import org.jgsw.course.domain.QuizId;

@ApplicationScoped
@Transactional
public class JpaAttemptRepository implements AttemptRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Attempt> find(AttemptId id) {
    return Optional.ofNullable(em.find(AttemptRecord.class, AttemptRecord.key(id))).map(AttemptRecord::toAttempt);
  }

  @Override
  public List<Attempt> findByQuizAndPerson(QuizId quiz, String personId) {
    return em.createNamedQuery("AttemptRecord.findByQuizAndPerson", AttemptRecord.class)
        .setParameter("quiz", quiz.value()).setParameter("person", personId)
        .getResultList().stream().map(AttemptRecord::toAttempt).toList();
  }

  @Override
  public List<Attempt> findByQuiz(QuizId quiz) {
    return em.createNamedQuery("AttemptRecord.findByQuiz", AttemptRecord.class).setParameter("quiz", quiz.value())
        .getResultList().stream().map(AttemptRecord::toAttempt).toList();
  }

  @Override
  public void store(Attempt attempt) {
    AttemptRecord r = em.find(AttemptRecord.class, AttemptRecord.key(attempt.id()));
    if (r == null) {
      r = new AttemptRecord();
      r.write(attempt);
      em.persist(r);
    } else {
      r.write(attempt);
    }
  }
}
