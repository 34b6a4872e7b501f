package org.jgsw.portal.competency;

import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.competency.domain.PostModel;

/**
 * A person's competency profile as their page shows it: the post model version of their post (if
 * any), their current levels, every rating with its evidence, and the gaps against the model.
 */
public record PersonCompetency(
    PersonSummary person, PostModel model, Map<CompetencyCode, AssessedLevel> levels, List<Evidence> ratings, GapReport gaps) {

  public boolean hasModel() {
    return model != null;
  }
}
