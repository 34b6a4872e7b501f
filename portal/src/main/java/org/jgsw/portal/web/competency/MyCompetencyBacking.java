package org.jgsw.portal.web.competency;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.Gap;
import org.jgsw.competency.domain.Requirement;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * learning/competency.xhtml: the signed-in user's own levels, evidence and gaps against their post
 * model. Always the caller's own profile — there is no parameter to ask for anyone else's.
 */
@Model
public class MyCompetencyBacking {

  @Inject WorkforceService workforce;
  @Inject ActiveUser activeUser;

  private PersonCompetency me;

  @PostConstruct
  void load() {
    me = workforce.ofUser(activeUser.getUsername()).orElse(null);
  }

  /** The level of a requirement's competency, or null when there is none. */
  public AssessedLevel level(Requirement r) {
    return me.levels().get(r.competency());
  }

  public List<Gap> getGaps() {
    return me == null || me.gaps() == null ? List.of() : me.gaps().gaps();
  }

  public List<Evidence> getRatings() {
    return me == null ? List.of() : me.ratings();
  }

  public String getLevelRule() {
    return CurrentLevelRule.STATEMENT;
  }

  public PersonCompetency getMe() {
    return me;
  }
}
