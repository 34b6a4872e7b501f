package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.QuizRepository;

@ApplicationScoped
@Transactional
public class JpaQuizRepository implements QuizRepository {

  @PersistenceContext EntityManager em;
  @Inject TrainingIds ids;

  @Override
  public Optional<Quiz> find(QuizId id) {
    return Optional.ofNullable(em.find(QuizRecord.class, id.value())).map(QuizRecord::toQuiz);
  }

  @Override
  public List<Quiz> findByCourse(CourseId course) {
    return em.createNamedQuery("QuizRecord.findByCourse", QuizRecord.class).setParameter("course", course.value())
        .getResultList().stream().map(QuizRecord::toQuiz).toList();
  }

  public QuizId nextId() {
    return QuizId.of(ids.next("trn_quiz_seq"));
  }

  @Override
  public void store(Quiz quiz) {
    QuizRecord r = em.find(QuizRecord.class, quiz.id().value());
    if (r == null) {
      r = new QuizRecord();
      r.write(quiz);
      em.persist(r);
    } else {
      r.write(quiz);
    }
  }
}
