package org.jgsw.portal.web.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jgsw.portal.adapter.learningpath.LearningPathService;
import org.jgsw.portal.adapter.learningpath.LearningPathView;
import org.jgsw.portal.competency.WorkforceService;

/** hr/person.xhtml?key=S12: the person's recommended learning path, beside their profile (HR only, as the page). */
@Named
@ViewScoped
public class PersonPathBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WorkforceService workforce;
  @Inject transient LearningPathService paths;

  private String key;
  private LearningPathView path;

  /** f:viewAction; only a staff key, as for the profile. */
  public void load() {
    path = key == null || !key.matches("S\\d{1,18}") ? null : workforce.ofPerson(key).map(paths::pathOf).orElse(null);
  }

  public LearningPathView getPath() {
    return path;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
