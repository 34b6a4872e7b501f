package org.jgsw.course.domain;

import java.util.List;

/**
 * One course of a {@link LearningPath}: the course, the gap it is recommended for first (the one with
 * the highest priority it trains), the level it brings that competency to, and every gap it helps
 * with, so that the reason names them all.
 *
 * @param toLevel the level the course trains the primary competency to, capped at the required level
 */
public record PathStep(CourseId course, String courseTitle, SkillGap gap, int toLevel, List<Raise> raises) {

  /** One competency the course raises: its name and the levels before and after. */
  public record Raise(String competencyName, int fromLevel, int toLevel) {

    /** “提升 公务接待礼仪 从 2 级到 3 级”. */
    public String text() {
      return "提升 " + competencyName + " 从 " + fromLevel + " 级到 " + toLevel + " 级";
    }
  }

  public PathStep {
    raises = List.copyOf(raises);
  }

  /** The reasons in one line, such as “提升 公务接待礼仪 从 2 级到 3 级”. */
  public String reason() {
    return String.join("；", raises.stream().map(Raise::text).toList());
  }
}
