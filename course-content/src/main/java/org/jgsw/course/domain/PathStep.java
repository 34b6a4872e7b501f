package org.jgsw.course.domain;

import java.util.List;

/**
 * One course of a {@link LearningPath}: the course, the gap it is recommended for first (the one with
 * the highest priority it trains), the level it brings that competency to, and every gap it helps
 * with, so that the reason names them all.
 *
 * @param toLevel the level the course trains the primary competency to, capped at the required level
 */
public record PathStep(CourseId course, String courseTitle, SkillGap gap, int toLevel, List<String> reasons) {

  public PathStep {
    reasons = List.copyOf(reasons);
  }

  /** The reasons in one line, such as “提升 公务接待礼仪 从 2 级到 3 级”. */
  public String reason() {
    return String.join("；", reasons);
  }
}
