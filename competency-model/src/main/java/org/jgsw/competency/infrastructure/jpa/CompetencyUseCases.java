package org.jgsw.competency.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.jgsw.competency.application.CandidateMatching;
import org.jgsw.competency.application.CompetencyGaps;
import org.jgsw.competency.application.PostModels;
import org.jgsw.competency.application.internal.DefaultCandidateMatching;
import org.jgsw.competency.application.internal.DefaultCompetencyGaps;
import org.jgsw.competency.application.internal.DefaultPostModels;
import org.jgsw.competency.domain.PostModelRepository;

/**
 * Makes the use cases injectable, wired to the JPA repository. The Default… classes stay plain Java
 * (testable without a container); transactions are the caller's (the portal's services).
 */
@ApplicationScoped
public class CompetencyUseCases {

  @Inject JpaPostModelRepository repository;

  @Produces
  @ApplicationScoped
  PostModels postModels() {
    return new DefaultPostModels(repo());
  }

  @Produces
  @ApplicationScoped
  CandidateMatching candidateMatching() {
    return new DefaultCandidateMatching(repo());
  }

  @Produces
  @ApplicationScoped
  CompetencyGaps competencyGaps() {
    return new DefaultCompetencyGaps(repo());
  }

  private PostModelRepository repo() {
    return repository;
  }
}
