package org.jgsw.course.domain;

/**
 * A competency a course trains, by the competency module's code, and the proficiency level (1–5) the
 * course trains to. Completing the course never proves more than this level.
 */
public record CompetencyTarget(String competencyCode, int level) {

  public CompetencyTarget {
    competencyCode = Texts.required(competencyCode, "目标能力编码不能为空");
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException(
          "能力「" + competencyCode + "」的训练等级必须在 1–5 之间，实际为 " + level);
    }
  }
}
