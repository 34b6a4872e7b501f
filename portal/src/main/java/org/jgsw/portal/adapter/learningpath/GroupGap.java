package org.jgsw.portal.adapter.learningpath;

import java.io.Serializable;
import org.jgsw.course.domain.SkillGap;

/**
 * One competency in which people of a unit or post fall short of their post models: how many, by how
 * many levels on average, and the span from the lowest current level to the highest required one.
 */
public record GroupGap(String competencyCode, String competency, int people, double averageGap, int lowestLevel, int requiredLevel)
    implements Serializable {

  /**
   * In course-content's terms, for proposing courses: the span of levels, weighted by the number of
   * people, so that the courses for gaps many people share come first.
   */
  public SkillGap asSkillGap() {
    return new SkillGap(competencyCode, competency, lowestLevel, requiredLevel, people);
  }

  /** The average gap with one decimal, as the page shows it. */
  public String averageGapText() {
    return String.format("%.1f", averageGap);
  }
}
