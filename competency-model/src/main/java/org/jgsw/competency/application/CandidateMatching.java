package org.jgsw.competency.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Collection;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.Ranking;

/**
 * Matching people to a post model (人岗匹配): an explainable ranking of candidates, or of staff for
 * internal selection and rotation. The caller selects and filters the people (channel, unit, age
 * band…) and passes their profiles; the formula is {@link org.jgsw.competency.domain.FitFormula}.
 */
public interface CandidateMatching {

  /** Ranks {@code people} against the model version, with full breakdowns for the best {@code limit}. */
  Ranking rank(@NotNull PostModelId model, @NotNull Collection<CandidateProfile> people, @Positive int limit);

  /**
   * Ranks {@code people} against a model version the caller has already loaded (for its page or
   * API answer), so that it is not read a second time.
   */
  Ranking rank(@NotNull PostModel model, @NotNull Collection<CandidateProfile> people, @Positive int limit);

  /**
   * As {@link #rank(PostModel, Collection, int)}, listing only the first {@code ineligibleLimit}
   * ineligible people by name (all are counted in {@link Ranking#ineligibleCount()}).
   */
  Ranking rank(@NotNull PostModel model, @NotNull Collection<CandidateProfile> people, @Positive int limit, @PositiveOrZero int ineligibleLimit);

  /** One person's full fit report against the model version. */
  FitResult evaluate(@NotNull PostModelId model, @NotNull CandidateProfile person);
}
