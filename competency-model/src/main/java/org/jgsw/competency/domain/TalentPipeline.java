package org.jgsw.competency.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The talent pipeline (层次化人才梯队): people tiered by their fit to the posts above theirs.
 *
 * <ul>
 *   <li>{@link TalentTier#READY_NOW} — eligible for the post and fit ≥ {@value #READY_NOW_MIN_FIT};
 *   <li>{@link TalentTier#READY_1_2_YEARS} — fit ≥ {@value #READY_1_2_YEARS_MIN_FIT} (including a fit
 *       ≥ {@value #READY_NOW_MIN_FIT} held back by a must-have or hard condition, such as years of
 *       experience, that time and training can close);
 *   <li>{@link TalentTier#DEVELOPING} — everyone else.
 * </ul>
 *
 * Thresholds are compared with a tolerance of 1e-9, so a fit of exactly 0.9 computed in floating
 * point is READY_NOW. Over several posts above, a person's tier is the best one reached; ties go to
 * the higher fit, then the model ID.
 */
public final class TalentPipeline {

  /** Fit from which an eligible person is ready now. */
  public static final double READY_NOW_MIN_FIT = 0.90;

  /** Fit from which a person is ready in one to two years. */
  public static final double READY_1_2_YEARS_MIN_FIT = 0.75;

  /** The thresholds as shown on the pipeline page. */
  public static final String STATEMENT =
      "人才梯队划分：对上一级岗位的匹配度 ≥ 0.90 且符合全部门槛和硬性条件为“可立即胜任”；"
          + "匹配度 ≥ 0.75 为“1–2 年内可胜任”；其余为“培养中”。有多个上一级岗位时取最好的一档。";

  private static final double TOLERANCE = 1e-9;

  private TalentPipeline() {}

  /** The tier a single fit result earns. */
  public static TalentTier tierOf(FitResult fit) {
    return tierOf(fit.fit(), fit.eligible());
  }

  public static TalentTier tierOf(double fit, boolean eligible) {
    if (eligible && fit + TOLERANCE >= READY_NOW_MIN_FIT) {
      return TalentTier.READY_NOW;
    }
    if (fit + TOLERANCE >= READY_1_2_YEARS_MIN_FIT) {
      return TalentTier.READY_1_2_YEARS;
    }
    return TalentTier.DEVELOPING;
  }

  /** {@code person}'s placement by their best fit to {@code postsAbove}; empty if there are none. */
  public static Optional<TierPlacement> place(CandidateProfile person, Collection<PostModel> postsAbove) {
    return postsAbove.stream()
        .map(model -> {
          FitCalculator.Score score = model.calculator().score(person);
          return new TierPlacement(person.id(), person.name(), tierOf(score.fit(), score.eligible()),
              model.id(), score.fit(), score.eligible());
        })
        .min(Comparator.comparing(TierPlacement::tier)
            .thenComparing(TierPlacement::fit, Comparator.reverseOrder())
            .thenComparing(p -> p.bestModel().toString()));
  }

  /** Placements grouped by tier, every tier present, each list by fit (highest first) then name. */
  public static Map<TalentTier, List<TierPlacement>> group(Collection<TierPlacement> placements) {
    Map<TalentTier, List<TierPlacement>> byTier = new EnumMap<>(TalentTier.class);
    for (TalentTier tier : TalentTier.values()) {
      byTier.put(tier, new ArrayList<>());
    }
    placements.forEach(p -> byTier.get(p.tier()).add(p));
    byTier.values().forEach(list -> list.sort(
        Comparator.comparing(TierPlacement::fit, Comparator.reverseOrder())
            .thenComparing(TierPlacement::name)
            .thenComparing(TierPlacement::personId)));
    byTier.replaceAll((tier, list) -> List.copyOf(list));
    return byTier;
  }
}
