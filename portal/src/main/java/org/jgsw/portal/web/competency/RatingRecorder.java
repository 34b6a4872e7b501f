package org.jgsw.portal.web.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.Requirement;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.competency.InvalidRatingException;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.RatingNotAllowedException;
import org.jgsw.portal.competency.RatingOutcome;
import org.jgsw.portal.competency.RatingService;
import org.jgsw.portal.competency.Rater;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;

/**
 * What the pages with a rating form share: building the form for a person (choices and the sources
 * the signed-in user may use) and saving it with messages in the user's language.
 */
@RequestScoped
public class RatingRecorder {

  static final String CMP = "org.jgsw.portal.i18n.competency";

  @Inject RatingService ratings;
  @Inject ModelCatalog catalog;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  public Rater rater() {
    return new Rater(activeUser.getUsername(), activeUser.hasRole(Role.HR_NAME), activeUser.hasRole(Role.SUPERVISOR_NAME));
  }

  /** A form for {@code personKey}: the model's competencies first (in model order), then the rest of the dictionary. */
  public RatingForm formFor(String personKey, PostModel model) {
    List<RatingForm.Choice> choices = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (model != null) {
      for (Requirement r : model.requirements()) {
        if (seen.add(r.competency().value())) {
          choices.add(new RatingForm.Choice(r.competency().value(), r.competencyName() + "（" + r.competency().value() + "）"));
        }
      }
    }
    for (Competency c : catalog.dictionary().competencies()) {
      if (seen.add(c.code().value())) {
        choices.add(new RatingForm.Choice(c.code().value(), c.name() + "（" + c.code().value() + "）"));
      }
    }
    return new RatingForm(personKey, choices, ratings.sourcesFor(rater(), personKey));
  }

  /** Records the form's rating; true when recorded (the form is then cleared), else the problems are shown. */
  public boolean save(RatingForm form) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      RatingOutcome outcome = ratings.record(rater(), form.getPersonKey(), form.input());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.text(CMP, "rating.saved",
          outcome.recorded().competency().value(), outcome.recorded().level().value(), outcome.current().value(),
          messages.text(CMP, outcome.current().proven() ? "rating.proven" : "rating.unproven")), null));
      form.clear();
      return true;
    } catch (InvalidRatingException e) {
      e.problems().forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(CMP, p), null)));
    } catch (RatingNotAllowedException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(CMP, e.getMessage()), null));
    }
    faces.validationFailed();
    return false;
  }
}
