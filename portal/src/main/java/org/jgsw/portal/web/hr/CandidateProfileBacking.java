package org.jgsw.portal.web.hr;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.portal.candidate.Candidate;
import org.jgsw.portal.candidate.CandidateService;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.web.shared.ActiveUser;

/** hr/candidate.xhtml?id=…: one candidate's profile, levels and evidence. Every view is audited. */
@Named
@ViewScoped
public class CandidateProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CandidateService candidates;
  @Inject transient WorkforceService workforce;
  @Inject ActiveUser activeUser;

  private Long id;
  private Candidate candidate;
  private transient PersonCompetency profile;

  /** f:viewAction; an unknown id leaves the page with "not found". */
  public void load() {
    if (id == null) {
      return;
    }
    String addr = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    candidate = candidates.view(activeUser.getUsername(), id, addr).orElse(null);
    profile = candidate == null ? null : workforce.ofPerson(SubjectKind.CANDIDATE.key(id)).orElse(null);
  }

  public int getAge() {
    return candidate.ageOn(LocalDate.now());
  }

  public List<Evidence> getRatings() {
    return profile == null ? List.of() : profile.ratings();
  }

  public String getLevelRule() {
    return CurrentLevelRule.STATEMENT;
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Candidate getCandidate() { return candidate; }
  public PersonCompetency getProfile() { return profile; }
}
