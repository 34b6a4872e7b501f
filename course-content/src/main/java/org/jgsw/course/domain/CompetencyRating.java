package org.jgsw.course.domain;

/** A supervisor's rating (1–5) of a person on one competency a course trains. */
public record CompetencyRating(String competencyCode, int level) {

  public CompetencyRating {
    competencyCode = Texts.required(competencyCode, "能力编码不能为空");
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("能力「" + competencyCode + "」的评定等级必须在 1–5 之间");
    }
  }
}
