package org.jgsw.portal.competency;

import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.CandidateProfile;

/**
 * The people selected by a {@link MatchFilter}: their profiles for matching and their summaries for
 * the page, and how many SQL statements it took to read them.
 */
public record Population(List<CandidateProfile> profiles, Map<String, PersonSummary> summaries, int statements) {}
