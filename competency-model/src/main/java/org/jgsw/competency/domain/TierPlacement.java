package org.jgsw.competency.domain;

/**
 * Where a person stands in the talent pipeline: the tier and the post model above theirs that placed
 * them there (their best fit), with that fit and eligibility.
 */
public record TierPlacement(
    String personId, String name, TalentTier tier, PostModelId bestModel, double fit, boolean eligible) {}
