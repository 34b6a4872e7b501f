package org.jgsw.competency.application.internal;

import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.Objects;
import org.jgsw.competency.application.CandidateMatching;
import org.jgsw.competency.application.PostModelNotFoundException;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.CandidateRanking;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.PostModelRepository;
import org.jgsw.competency.domain.Ranking;

/** Finds the model version and lets the domain rank or explain. */
public class DefaultCandidateMatching implements CandidateMatching {

  private static final System.Logger LOG = System.getLogger(DefaultCandidateMatching.class.getName());

  private final PostModelRepository repository;

  public DefaultCandidateMatching(PostModelRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository");
  }

  @Override
  public Ranking rank(PostModelId model, Collection<CandidateProfile> people, int limit) {
    return rank(load(model), people, limit);
  }

  @Override
  public Ranking rank(PostModel model, Collection<CandidateProfile> people, int limit) {
    return rank(model, people, limit, Integer.MAX_VALUE);
  }

  @Override
  public Ranking rank(PostModel model, Collection<CandidateProfile> people, int limit, int ineligibleLimit) {
    long start = System.nanoTime();
    Ranking ranking = CandidateRanking.rank(model, people, limit, ineligibleLimit);
    LOG.log(Level.DEBUG, "Ranked {0} people against {1} in {2} ms",
        people.size(), model.id(), (System.nanoTime() - start) / 1_000_000);
    return ranking;
  }

  @Override
  public FitResult evaluate(PostModelId model, CandidateProfile person) {
    return load(model).evaluate(person);
  }

  private PostModel load(PostModelId id) {
    return repository.find(id).orElseThrow(() -> new PostModelNotFoundException(id));
  }
}
