package org.jgsw.course.domain;

/**
 * A competency in which a person (or a group) falls short, told to course-content in its own terms:
 * the competency's code and name, the current level (0 when never rated), the required level and the
 * requirement's weight. {@link #priority()} = size × weight decides what a learning path trains first.
 */
public record SkillGap(String competencyCode, String competencyName, int currentLevel, int requiredLevel, double weight) {

  public SkillGap {
    competencyCode = Texts.required(competencyCode, "差距的能力编码不能为空");
    competencyName = competencyName == null || competencyName.isBlank() ? competencyCode : competencyName.strip();
    if (currentLevel < 0 || currentLevel > 5 || requiredLevel < 1 || requiredLevel > 5) {
      throw new IllegalArgumentException("能力「" + competencyName + "」的等级必须在 0–5 之间");
    }
    if (requiredLevel <= currentLevel) {
      throw new IllegalArgumentException("能力「" + competencyName + "」没有差距：要求 " + requiredLevel + " 级，当前 " + currentLevel + " 级");
    }
    if (weight < 0) {
      throw new IllegalArgumentException("能力「" + competencyName + "」的权重不能为负数");
    }
  }

  /** Levels missing: required − current (always ≥ 1). */
  public int size() {
    return requiredLevel - currentLevel;
  }

  /** size × weight: the larger, the earlier the path trains it. */
  public double priority() {
    return size() * weight;
  }

  /**
   * The level a course training this competency to {@code courseLevel} brings the person to: never
   * above the required level, as the path is about closing the gap.
   */
  public int levelAfter(int courseLevel) {
    return Math.min(courseLevel, requiredLevel);
  }

  /** What a course training to {@code courseLevel} does for this gap: the competency, from and to which level. */
  public PathStep.Raise raise(int courseLevel) {
    return new PathStep.Raise(competencyName, currentLevel, levelAfter(courseLevel));
  }
}
