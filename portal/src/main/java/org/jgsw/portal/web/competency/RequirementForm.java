package org.jgsw.portal.web.competency;

import java.io.Serializable;

/** One editable requirement row of the post model form. */
public class RequirementForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private int level = 3;
  private double weight = 1;
  private boolean mustHave;

  public RequirementForm() {}

  RequirementForm(String code, int level, double weight, boolean mustHave) {
    this.code = code;
    this.level = level;
    this.weight = weight;
    this.mustHave = mustHave;
  }

  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public int getLevel() { return level; }
  public void setLevel(int level) { this.level = level; }
  public double getWeight() { return weight; }
  public void setWeight(double weight) { this.weight = weight; }
  public boolean isMustHave() { return mustHave; }
  public void setMustHave(boolean mustHave) { this.mustHave = mustHave; }
}
