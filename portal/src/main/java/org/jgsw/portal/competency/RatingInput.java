package org.jgsw.portal.competency;

import java.time.LocalDate;
import org.jgsw.competency.domain.EvidenceSource;

/** A new rating as typed on a page or posted to the API; checked by {@link RatingService}. */
public record RatingInput(String competency, Integer level, EvidenceSource source, LocalDate date, String note) {}
