package org.jgsw.portal.web.competency;

import java.io.Serializable;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyFamily;
import org.jgsw.competency.domain.ProficiencyLevel;

/** The fields of the competency dialog; the domain checks them when {@link #toCompetency()} builds it. */
public class CompetencyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean existing;
  private String code;
  private String name;
  private CompetencyFamily family;
  private String groupId;
  private String description;
  private String[] levels = new String[5];

  static CompetencyForm of(Competency c) {
    CompetencyForm f = new CompetencyForm();
    f.existing = true;
    f.code = c.code().value();
    f.name = c.name();
    f.family = c.family();
    f.groupId = c.groupId();
    f.description = c.description();
    for (int i = 0; i < 5; i++) {
      f.levels[i] = c.indicator(ProficiencyLevel.of(i + 1)).description();
    }
    return f;
  }

  Competency toCompetency() {
    return Competency.of(code, name, family, groupId, description, levels[0], levels[1], levels[2], levels[3], levels[4]);
  }

  public boolean isExisting() { return existing; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public CompetencyFamily getFamily() { return family; }
  public void setFamily(CompetencyFamily family) { this.family = family; }
  public String getGroupId() { return groupId; }
  public void setGroupId(String groupId) { this.groupId = groupId; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getLevel1() { return levels[0]; }
  public void setLevel1(String s) { levels[0] = s; }
  public String getLevel2() { return levels[1]; }
  public void setLevel2(String s) { levels[1] = s; }
  public String getLevel3() { return levels[2]; }
  public void setLevel3(String s) { levels[2] = s; }
  public String getLevel4() { return levels[3]; }
  public void setLevel4(String s) { levels[3] = s; }
  public String getLevel5() { return levels[4]; }
  public void setLevel5(String s) { levels[4] = s; }
}
