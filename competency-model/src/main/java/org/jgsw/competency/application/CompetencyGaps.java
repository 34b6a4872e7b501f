package org.jgsw.competency.application;

import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.TalentTier;
import org.jgsw.competency.domain.TierPlacement;

/** A person's gaps against their post model, and the talent pipeline (层次化人才梯队). */
public interface CompetencyGaps {

  /** {@code person}'s gaps against the model version, largest gap × weight first. */
  GapReport gapsOf(@NotNull PostModelId model, @NotNull CandidateProfile person);

  /** {@code person}'s tier from their best fit to the posts above theirs; empty if there are none. */
  Optional<TierPlacement> placeInPipeline(@NotNull CandidateProfile person, @NotNull Collection<PostModelId> postsAbove);

  /**
   * The pipeline of many people: each with the model versions of the posts above theirs. People
   * without posts above are left out.
   */
  Map<TalentTier, List<TierPlacement>> pipeline(@NotNull Map<CandidateProfile, Collection<PostModelId>> postsAbove);
}
