package org.jgsw.competency.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A post model compiled for fast matching: its requirements as parallel arrays, so that scoring one
 * person is one pass of map look-ups and arithmetic, with no allocation beyond the result. Obtained
 * from {@link PostModel#calculator()}; immutable and safe to share between threads.
 *
 * <p>{@link #score} is what ranking runs for every person; {@link #explain} builds the full,
 * explainable {@link FitResult}, and is only run for the people shown.
 */
public final class FitCalculator {

  /** The quick outcome for one person: enough to rank, nothing to explain. */
  public record Score(double fit, boolean eligible, int unprovenCount) {}

  private final PostModel model;
  private final CompetencyCode[] codes;
  private final int[] required;
  private final double[] weight;
  private final boolean[] mustHave;
  private final String[] mustHaveFailurePrefix; // “沟通协调 要求 3 级，实际 ”, built once
  private final double requiredPointsTotal;
  private final boolean compensates;

  FitCalculator(PostModel model) {
    this.model = model;
    List<Requirement> requirements = model.requirements();
    int n = requirements.size();
    codes = new CompetencyCode[n];
    required = new int[n];
    weight = new double[n];
    mustHave = new boolean[n];
    mustHaveFailurePrefix = new String[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      Requirement r = requirements.get(i);
      codes[i] = r.competency();
      required[i] = r.required().value();
      weight[i] = r.weight();
      mustHave[i] = r.mustHave();
      mustHaveFailurePrefix[i] = r.competencyName() + " 要求 " + required[i] + " 级，实际 ";
      total += r.requiredPoints();
    }
    requiredPointsTotal = total;
    compensates = model.overQualificationCompensates();
  }

  public PostModel model() {
    return model;
  }

  /** Fit, eligibility and unproven count of {@code profile}, without reasons or breakdown. */
  public Score score(CandidateProfile profile) {
    var levels = profile.levels();
    double lost = 0;
    double surplus = 0;
    int unproven = 0;
    boolean mustHavesMet = true;
    for (int i = 0; i < codes.length; i++) {
      AssessedLevel assessed = levels.get(codes[i]);
      int c = 0;
      if (assessed != null) {
        c = assessed.level().value();
        if (!assessed.proven()) {
          unproven++;
        }
      }
      int r = required[i];
      if (c < r) {
        lost += weight[i] * (r - c);
        mustHavesMet &= !mustHave[i];
      } else if (compensates && c > r) {
        surplus += weight[i] * Math.min(FitFormula.MAX_SURPLUS_LEVELS_PER_COMPETENCY, c - r);
      }
    }
    double pointsLost = lost / requiredPointsTotal;
    double offset = compensates ? FitFormula.offset(surplus / requiredPointsTotal, pointsLost) : 0;
    boolean eligible = mustHavesMet && model.hardConditions().areMetBy(profile);
    return new Score(1 - pointsLost + offset, eligible, unproven);
  }

  /** The full, explainable fit of {@code profile}: every reason and every requirement's numbers. */
  public FitResult explain(CandidateProfile profile) {
    List<String> reasons = new ArrayList<>();
    List<RequirementFit> rows = new ArrayList<>(codes.length);
    List<Requirement> requirements = model.requirements();
    double lostRaw = 0;
    double gainedRaw = 0;
    int unproven = 0;
    int missing = 0;
    for (int i = 0; i < codes.length; i++) {
      Requirement requirement = requirements.get(i);
      AssessedLevel assessed = profile.levels().get(codes[i]);
      int r = required[i];
      int c = assessed == null ? 0 : assessed.level().value();
      if (assessed == null) {
        missing++;
      } else if (!assessed.proven()) {
        unproven++;
      }
      double lost = weight[i] * Math.max(0, r - c);
      double gained =
          compensates ? weight[i] * Math.min(FitFormula.MAX_SURPLUS_LEVELS_PER_COMPETENCY, Math.max(0, c - r)) : 0;
      lostRaw += lost;
      gainedRaw += gained;
      if (mustHave[i] && c < r) {
        reasons.add(mustHaveFailure(i, assessed));
      }
      rows.add(
          new RequirementFit(
              codes[i],
              requirement.competencyName(),
              r,
              c,
              assessed == null,
              weight[i],
              mustHave[i],
              c >= r,
              lost / requiredPointsTotal,
              gained / requiredPointsTotal,
              assessed != null && assessed.proven(),
              assessed == null ? Optional.empty() : assessed.evidence()));
    }
    reasons.addAll(model.hardConditions().failuresOf(profile));
    // Sums are divided once, exactly as in score(), so ranking and display agree to the last bit.
    double lostSum = lostRaw / requiredPointsTotal;
    double gainedSum = gainedRaw / requiredPointsTotal;
    double offset = compensates ? FitFormula.offset(gainedSum, lostSum) : 0;
    return new FitResult(
        model.id(),
        profile.id(),
        profile.name(),
        profile.channel(),
        reasons.isEmpty(),
        reasons,
        1 - lostSum + offset,
        requiredPointsTotal,
        lostSum,
        gainedSum,
        offset,
        unproven,
        missing,
        rows);
  }

  /** The reasons {@code profile} is ineligible (must-haves, then hard conditions); empty if eligible. */
  public List<String> reasonsAgainst(CandidateProfile profile) {
    List<String> reasons = new ArrayList<>(2);
    for (int i = 0; i < codes.length; i++) {
      if (mustHave[i]) {
        AssessedLevel assessed = profile.levels().get(codes[i]);
        if (assessed == null || assessed.level().value() < required[i]) {
          reasons.add(mustHaveFailure(i, assessed));
        }
      }
    }
    reasons.addAll(model.hardConditions().failuresOf(profile));
    return reasons;
  }

  /** E.g. “沟通协调 要求 3 级，实际 2 级” or “沟通协调 要求 3 级，实际 未评定”. */
  private String mustHaveFailure(int i, AssessedLevel assessed) {
    return mustHaveFailurePrefix[i] + (assessed == null ? "未评定" : assessed.level().value() + " 级");
  }
}
