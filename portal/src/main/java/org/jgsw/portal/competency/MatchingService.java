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
 * <p>SQL per ranking: the model with its requirements (one statement, read once and passed to the
 * use case), one freshness check of the cached profiles, and only when people or ratings changed one
 * statement for the people and one for all their ratings; one more for the unit tree when a unit
 * filter is set. So 2 statements warm, 4 cold, whatever the number of people.
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
    return rank(catalog.require(modelId), filter, limit, Integer.MAX_VALUE, 1);
  }

  /**
   * Ranks against a model the caller has already read (the REST API resolves it from the URL),
   * listing at most {@code ineligibleLimit} of the ineligible (all are counted).
   */
  public MatchResult rank(PostModel model, MatchFilter filter, int limit, int ineligibleLimit) {
    return rank(model, filter, limit, ineligibleLimit, 0);
  }

  private MatchResult rank(PostModel model, MatchFilter filter, int limit, int ineligibleLimit, int modelStatements) {
    long start = System.nanoTime();
    Population population = directory.population(filter);
    Ranking ranking = matching.rank(model, population.profiles(), limit, ineligibleLimit);
    long millis = (System.nanoTime() - start) / 1_000_000;
    int statements = population.statements() + modelStatements;
    LOG.fine(() -> "Ranked " + population.profiles().size() + " against " + model.id() + " in " + millis + " ms");
    return new MatchResult(model, ranking, population.summaries(), millis, statements);
  }

  /** One person's fit report; a candidate's is audited as a view of personal data. */
  public Optional<FitResult> fitReport(String actor, PostModelId modelId, String personKey, String remoteAddr) {
    return report(actor, catalog.require(modelId), personKey, remoteAddr).map(FitReport::fit);
  }

  /** One person's fit report with the model and what the page shows of the person; audited for a candidate. */
  public Optional<FitReport> report(String actor, PostModel model, String personKey, String remoteAddr) {
    Optional<Population> person = directory.person(personKey);
    person.filter(p -> SubjectKind.ofKey(personKey) == SubjectKind.CANDIDATE)
        .ifPresent(p -> audit.record(actor, AuditAction.VIEW, "Candidate", SubjectKind.idOf(personKey), "fit report " + model.id(), remoteAddr));
    return person.map(p -> new FitReport(model, model.evaluate(p.profiles().get(0)), p.summaries().get(personKey)));
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
