package org.jgsw.competency.domain;

import java.util.Optional;

/**
 * One row of a fit breakdown: how a person stands against one requirement, with every number needed
 * to recompute the score by hand (see {@link FitFormula}).
 *
 * @param assessed the person's current level, 0 when {@code missing}
 * @param met whether assessed ≥ required
 * @param pointsLost w·max(0, r − c) / W
 * @param pointsGained w·min(1, max(0, c − r)) / W when the model lets surplus compensate, else 0
 * @param proven whether the level is backed by verified evidence (false when missing)
 * @param evidence the evidence that decided the level, if any
 */
public record RequirementFit(
    CompetencyCode competency,
    String name,
    int required,
    int assessed,
    boolean missing,
    double weight,
    boolean mustHave,
    boolean met,
    double pointsLost,
    double pointsGained,
    boolean proven,
    Optional<Evidence> evidence) {}
