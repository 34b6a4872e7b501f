package org.jgsw.portal.competency;

import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.competency.domain.PostModel;

/**
 * A person's competency profile as their page shows it: the post model version of their post (if
 * any), their current levels, every rating with its evidence, and the gaps against the model and
 * the fit to it (both null without a model).
 */
public record PersonCompetency(
    PersonSummary person, PostModel model, Map<CompetencyCode, AssessedLevel> levels, List<Evidence> ratings, GapReport gaps, FitResult fit) {

  /** The rule that decides the current level from the ratings, as every profile states it. */
  public String levelRule() {
    return CurrentLevelRule.STATEMENT;
  }

  public boolean hasModel() {
    return model != null;
  }
}
