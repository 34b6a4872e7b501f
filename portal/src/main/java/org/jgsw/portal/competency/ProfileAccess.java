package org.jgsw.portal.competency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;

/**
 * Who may see whose competency profile outside their own page: HR anyone (a candidate's view is
 * audited, as candidates' personal data is), a supervisor the members of their team; anybody else is
 * refused before anything about the person is read.
 */
@Stateless
public class ProfileAccess {

  @Inject WorkforceService workforce;
  @Inject TeamCompetency team;
  @Inject AuditLog audit;

  public Optional<PersonCompetency> profile(Rater viewer, String personKey, String remoteAddr) {
    SubjectKind kind = SubjectKind.ofKey(personKey);
    boolean allowed = viewer.hr() || (viewer.supervisor() && kind == SubjectKind.STAFF && team.supervises(viewer.username(), personKey));
    if (!allowed) {
      throw new RatingNotAllowedException("rating.error.notAllowed");
    }
    Optional<PersonCompetency> profile = workforce.ofPerson(personKey);
    if (profile.isPresent() && kind == SubjectKind.CANDIDATE) {
      audit.record(viewer.username(), AuditAction.VIEW, "Candidate", SubjectKind.idOf(personKey), "competency profile", remoteAddr);
    }
    return profile;
  }
}
