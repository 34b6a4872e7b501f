package org.jgsw.portal.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jgsw.portal.competency.InvalidRatingException;
import org.jgsw.portal.competency.RatingNotAllowedException;
import org.jgsw.portal.competency.RotationRecord;
import org.jgsw.portal.competency.RotationService;
import org.jgsw.portal.web.competency.RatingRecorder;
import org.jgsw.portal.web.shared.Messages;

/**
 * The rotations and secondments part of hr/person.xhtml?key=S12: the person's records with the host
 * unit's evaluation, the form to record one, and deleting one entered in error (after confirmation).
 * After a change the profile above is reloaded, so the new levels, gaps and fit show at once.
 */
@Named
@ViewScoped
public class PersonRotationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String CMP = "org.jgsw.portal.i18n.competency";

  @Inject transient RotationService rotations;
  @Inject transient RatingRecorder recorder;
  @Inject transient Messages messages;
  @Inject PersonProfileBacking profile;

  private String key;
  private transient List<RotationRecord> records;
  private RotationForm form;

  @PostConstruct
  void init() {
    key = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("key");
    if (key == null || !key.matches("S\\d{1,18}")) {
      key = null;
      return;
    }
    form = new RotationForm(recorder.formFor(key, null).getCompetencies());
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (form.hasDuplicate()) {
        throw new InvalidRatingException(List.of("rotation.error.duplicate"));
      }
      RotationRecord saved = rotations.add(recorder.rater(), key, form.input());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.text(CMP, "rotation.saved",
          messages.text(CMP, "rotation.kind." + saved.getKind().name()), saved.getHostUnit(), saved.getRatings().size()), null));
      form.clear();
      changed();
    } catch (InvalidRatingException e) {
      e.problems().forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(CMP, p), null)));
      faces.validationFailed();
    } catch (RatingNotAllowedException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(CMP, e.getMessage()), null));
      faces.validationFailed();
    }
  }

  public void delete(RotationRecord record) {
    if (rotations.delete(recorder.rater(), key, record.getId())) {
      FacesContext.getCurrentInstance().addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, messages.text(CMP, "rotation.deleted"), null));
    }
    changed();
  }

  private void changed() {
    records = null;
    profile.load();
  }

  public List<RotationRecord> getRecords() {
    if (records == null) {
      records = key == null ? List.of() : rotations.of(key);
    }
    return records;
  }

  public boolean isOffered() {
    return key != null;
  }

  public RotationForm getForm() {
    return form;
  }
}
