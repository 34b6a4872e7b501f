package org.jgsw.portal.web.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.web.competency.RatingForm;
import org.jgsw.portal.web.competency.RatingRecorder;

/**
 * hr/person.xhtml?key=S12: a member of staff's competency profile for HR — post model, fit, gaps,
 * levels with evidence, every rating — and the form to record a new rating. Candidates have their
 * own, audited page (hr/candidate.xhtml).
 */
@Named
@ViewScoped
public class PersonProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WorkforceService workforce;
  @Inject transient RatingRecorder recorder;

  private String key;
  private transient PersonCompetency profile;
  private RatingForm ratingForm;

  /** f:viewAction; anything but a known staff key leaves the page with "not found". */
  public void load() {
    profile = null;
    if (key == null || !key.matches("S\\d{1,18}")) {
      return;
    }
    profile = workforce.ofPerson(key).orElse(null);
    if (profile != null && ratingForm == null) {
      ratingForm = recorder.formFor(key, profile.model());
    }
  }

  public void saveRating() {
    if (ratingForm != null && recorder.save(ratingForm)) {
      load();
    }
  }

  public PersonCompetency getProfile() {
    if (profile == null && ratingForm != null) {
      load();
    }
    return profile;
  }

  public RatingForm getRatingForm() { return ratingForm; }
  public String getKey() { return key; }
  public void setKey(String key) { this.key = key; }
}
