package org.jgsw.portal.web.learning;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.jgsw.portal.links.Skill;
import org.jgsw.portal.links.Skills;

/**
 * learning/skill.xhtml?code=GEN-LAW: one competency for every signed-in user — its definition and
 * behavioural indicators, its key library documents and the published courses that train it. An
 * unknown code is a 404 page, not an error.
 */
@Named
@ViewScoped
public class SkillBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Skills skills;

  private String code;
  private transient Skill skill;

  /** f:viewAction. */
  public void load() throws IOException {
    skill = skills.of(code).orElse(null);
    if (skill == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
    }
  }

  public String joined(java.util.Collection<String> values) {
    return values == null ? "" : String.join("、", values);
  }

  /** The competency shown; read again after the view was deserialised (tables page and sort by AJAX). */
  public Skill getSkill() {
    if (skill == null && code != null && !FacesContext.getCurrentInstance().getResponseComplete()) {
      skill = skills.of(code).orElse(null);
    }
    return skill;
  }
  public String getCode() { return code; }
  public void setCode(String v) { code = v; }
}
