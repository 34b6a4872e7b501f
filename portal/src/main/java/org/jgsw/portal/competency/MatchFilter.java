package org.jgsw.portal.competency;

import java.io.Serializable;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;

/**
 * Who is matched: candidates or staff, optionally only one entry channel, one unit (with the units
 * below it; for candidates the unit applied to), one age band, one education level; for candidates
 * optionally only those who applied for one post ({@code appliedFor}, a post code).
 */
public record MatchFilter(SubjectKind kind, EntryChannel channel, Long unitId, AgeBand ageBand, Education education, String appliedFor)
    implements Serializable {

  public static MatchFilter staff(Long unitId) {
    return new MatchFilter(SubjectKind.STAFF, null, unitId, null, null, null);
  }
}
