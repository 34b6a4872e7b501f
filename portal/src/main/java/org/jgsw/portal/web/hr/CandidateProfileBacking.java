package org.jgsw.portal.web.hr;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import org.jgsw.portal.candidate.Candidate;
import org.jgsw.portal.candidate.CandidateService;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.web.competency.RatingForm;
import org.jgsw.portal.web.competency.RatingRecorder;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * hr/candidate.xhtml?id=…: one candidate's profile, levels and evidence, and HR's form to record a
 * rating (e.g. after the interview). Every view is audited.
 */
@Named
@ViewScoped
public class CandidateProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CandidateService candidates;
  @Inject transient WorkforceService workforce;
  @Inject transient RatingRecorder recorder;
  @Inject ActiveUser activeUser;

  private Long id;
  private Candidate candidate;
  private transient PersonCompetency profile;
  private RatingForm ratingForm;

  /** f:viewAction; an unknown id leaves the page with "not found". */
  public void load() {
    if (id == null) {
      return;
    }
    String addr = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    candidate = candidates.view(activeUser.getUsername(), id, addr).orElse(null);
    profile = candidate == null ? null : workforce.ofPerson(SubjectKind.CANDIDATE.key(id)).orElse(null);
    if (profile != null) {
      ratingForm = recorder.formFor(profile.person().key(), profile.model());
    }
  }

  /** Records HR's rating of the candidate; the profile is re-read without counting as another view. */
  public void saveRating() {
    if (ratingForm != null && recorder.save(ratingForm)) {
      profile = workforce.ofPerson(SubjectKind.CANDIDATE.key(id)).orElse(null);
    }
  }

  public int getAge() {
    return candidate.ageOn(LocalDate.now());
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Candidate getCandidate() { return candidate; }
  public PersonCompetency getProfile() { return profile; }
  public RatingForm getRatingForm() { return ratingForm; }
}
