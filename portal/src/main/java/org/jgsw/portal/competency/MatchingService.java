package org.jgsw.portal.competency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.jgsw.competency.application.CandidateMatching;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.Ranking;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;

/**
 * Matching for HR: selects the people ({@link ProfileDirectory}), lets the module rank them, keeps
 * the shortlist. Candidates' personal data: every fit report of a candidate is audited.
 *
 * <p>SQL per ranking: the model with its requirements (read twice: for the page, and by the use
 * case — one statement each), one freshness check of the cached profiles, and only when people or
 * ratings changed one statement for the people and one for all their ratings; one more for the unit
 * tree when a unit filter is set. So 3 statements warm, 5 cold, whatever the number of people.
 */
@Stateless
public class MatchingService {

  private static final Logger LOG = Logger.getLogger(MatchingService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject CandidateMatching matching;
  @Inject ModelCatalog catalog;
  @Inject ProfileDirectory directory;
  @Inject AuditLog audit;

  public MatchResult rank(PostModelId modelId, MatchFilter filter, int limit) {
    long start = System.nanoTime();
    PostModel model = catalog.require(modelId);
    Population population = directory.population(filter);
    Ranking ranking = matching.rank(modelId, population.profiles(), limit);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // the model is read twice (here for the page, and by the use case): 2 statements
    int statements = population.statements() + 2;
    LOG.fine(() -> "Ranked " + population.profiles().size() + " against " + modelId + " in " + millis + " ms");
    return new MatchResult(model, ranking, population.summaries(), millis, statements);
  }

  /** One person's fit report; a candidate's is audited as a view of personal data. */
  public Optional<FitResult> fitReport(String actor, PostModelId modelId, String personKey, String remoteAddr) {
    Optional<Population> person = directory.person(personKey);
    person.filter(p -> SubjectKind.ofKey(personKey) == SubjectKind.CANDIDATE)
        .ifPresent(p -> audit.record(actor, AuditAction.VIEW, "Candidate", SubjectKind.idOf(personKey), "fit report " + modelId, remoteAddr));
    return person.map(p -> matching.evaluate(modelId, p.profiles().get(0)));
  }

  /** The post most candidates applied for, the match page's first choice; empty without candidates. */
  public Optional<String> mostAppliedPost() {
    return em.createQuery("SELECT c.targetPostCode, COUNT(c) FROM Candidate c WHERE c.targetPostCode IS NOT NULL GROUP BY c.targetPostCode"
            + " ORDER BY COUNT(c) DESC, c.targetPostCode", Object[].class)
        .setMaxResults(1).getResultList().stream().map(r -> (String) r[0]).findFirst();
  }

  public List<ShortlistEntry> shortlist(String postCode) {
    return em.createNamedQuery("ShortlistEntry.findByPost", ShortlistEntry.class).setParameter("post", postCode).getResultList();
  }

  public void mark(String actor, String postCode, String personKey, String note) {
    SubjectKind kind = SubjectKind.ofKey(personKey);
    long id = SubjectKind.idOf(personKey);
    List<ShortlistEntry> existing = em.createNamedQuery("ShortlistEntry.find", ShortlistEntry.class)
        .setParameter("post", postCode).setParameter("kind", kind).setParameter("id", id).getResultList();
    if (existing.isEmpty()) {
      em.persist(new ShortlistEntry(postCode, kind, id, note, actor));
    } else {
      existing.get(0).setNote(note);
    }
    audit.record(actor, AuditAction.UPDATE, "Shortlist", postCode, "marked " + personKey, null);
  }

  public void unmark(String actor, String postCode, String personKey) {
    em.createNamedQuery("ShortlistEntry.find", ShortlistEntry.class)
        .setParameter("post", postCode).setParameter("kind", SubjectKind.ofKey(personKey)).setParameter("id", SubjectKind.idOf(personKey))
        .getResultList().forEach(em::remove);
    audit.record(actor, AuditAction.UPDATE, "Shortlist", postCode, "unmarked " + personKey, null);
  }
}
