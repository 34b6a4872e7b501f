package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.Questionnaire;
import org.jgsw.course.domain.ReactionResponse;

/** Level 1 (reaction): the questionnaire at completion, one answer per person and course. */
@ApplicationScoped
@Transactional
public class Reactions {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Questionnaire questionnaire() {
    return Questionnaire.STANDARD;
  }

  public Optional<ReactionResponse> find(String staffNo, CourseId course) {
    return em.createNamedQuery("ReactionRecord.find", ReactionRecord.class).setParameter("person", staffNo)
        .setParameter("course", course.value()).getResultStream().findFirst().map(ReactionRecord::toResponse);
  }

  /** Records the answer for a completed enrolment (the questionnaire checks the scores); a second answer is ignored. */
  public ReactionResponse respond(Enrolment completed, Map<String, Integer> scores, String comment) {
    Optional<ReactionResponse> before = find(completed.personId(), completed.course().course());
    if (before.isPresent()) {
      return before.get();
    }
    ReactionResponse r = questionnaire().respond(completed, scores, comment, LocalDate.now(clock));
    em.persist(new ReactionRecord(r));
    return r;
  }

  public List<ReactionResponse> ofCourse(CourseId course) {
    return em.createNamedQuery("ReactionRecord.findByCourse", ReactionRecord.class).setParameter("course", course.value())
        .getResultList().stream().map(ReactionRecord::toResponse).toList();
  }
}
