package org.jgsw.competency.application.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jgsw.competency.application.CompetencyGaps;
import org.jgsw.competency.application.PostModelNotFoundException;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.PostModelRepository;
import org.jgsw.competency.domain.TalentPipeline;
import org.jgsw.competency.domain.TalentTier;
import org.jgsw.competency.domain.TierPlacement;

/** Finds the model versions and lets the domain compute gaps and tiers. */
public class DefaultCompetencyGaps implements CompetencyGaps {

  private final PostModelRepository repository;

  public DefaultCompetencyGaps(PostModelRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository");
  }

  @Override
  public GapReport gapsOf(PostModelId model, CandidateProfile person) {
    return load(model).gapsOf(person);
  }

  @Override
  public Optional<TierPlacement> placeInPipeline(CandidateProfile person, Collection<PostModelId> postsAbove) {
    return TalentPipeline.place(person, postsAbove.stream().map(this::load).toList());
  }

  @Override
  public Map<TalentTier, List<TierPlacement>> pipeline(Map<CandidateProfile, Collection<PostModelId>> postsAbove) {
    Map<PostModelId, PostModel> models = new HashMap<>(); // each model loaded once
    List<TierPlacement> placements = new ArrayList<>();
    postsAbove.forEach((person, ids) -> TalentPipeline.place(
            person, ids.stream().map(id -> models.computeIfAbsent(id, this::load)).toList())
        .ifPresent(placements::add));
    return TalentPipeline.group(placements);
  }

  private PostModel load(PostModelId id) {
    return repository.find(id).orElseThrow(() -> new PostModelNotFoundException(id));
  }
}
