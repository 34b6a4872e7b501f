package org.jgsw.portal.competency;

import java.util.List;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.Gap;
import org.jgsw.competency.domain.PostModel;

/**
 * One member of a supervisor's team as the team-gaps page lists them: their post model version (null
 * when their post has none), their fit to it and their gaps, largest gap × weight first.
 */
public record TeamMember(PersonSummary person, PostModel model, FitResult fit, List<Gap> gaps) {

  public boolean hasModel() {
    return model != null;
  }

  /** The three largest gaps, for the team list. */
  public List<Gap> topGaps() {
    return gaps.subList(0, Math.min(3, gaps.size()));
  }

  /** Gaps in levels summed over all competencies: how far the person is from their post model. */
  public int totalGap() {
    return gaps.stream().mapToInt(Gap::size).sum();
  }
}
