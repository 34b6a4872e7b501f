package org.jgsw.portal.web.competency;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * learning/competency.xhtml: the signed-in user's own levels, evidence and gaps against their post
 * model, and their self-assessment form. Always the caller's own profile — there is no parameter to
 * ask for anyone else's.
 */
@Named
@ViewScoped
public class MyCompetencyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WorkforceService workforce;
  @Inject transient RatingRecorder recorder;
  @Inject ActiveUser activeUser;

  private transient PersonCompetency me;
  private RatingForm ratingForm;

  @PostConstruct
  void load() {
    me = workforce.ofUser(activeUser.getUsername()).orElse(null);
    if (me != null && ratingForm == null) {
      ratingForm = recorder.formFor(me.person().key(), me.model());
    }
  }

  /** Records a self-assessment (the only source anyone may use for themselves). */
  public void saveRating() {
    if (ratingForm != null && recorder.save(ratingForm)) {
      load();
    }
  }

  public PersonCompetency getMe() {
    if (me == null && ratingForm != null) {
      load(); // after deserialisation of the view
    }
    return me;
  }

  public RatingForm getRatingForm() {
    return ratingForm;
  }
}
