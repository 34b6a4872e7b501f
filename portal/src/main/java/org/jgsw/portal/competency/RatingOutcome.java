package org.jgsw.portal.competency;

import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.Evidence;

/**
 * A rating as recorded, and the person's current level of that competency afterwards, as the
 * current-level rule decides it from all their ratings (it need not be the new rating's level).
 */
public record RatingOutcome(String personKey, Evidence recorded, AssessedLevel current) {}
