package org.jgsw.course.domain;

/**
 * When Level-3 (behaviour) ratings are asked for: {@code daysAfterCompletion} days after a person
 * completes a course that trains competencies, their supervisor is asked to rate them on those
 * competencies.
 */
public record BehaviourRatingPolicy(int daysAfterCompletion) {

  public static final BehaviourRatingPolicy STANDARD = new BehaviourRatingPolicy(90);

  public BehaviourRatingPolicy {
    if (daysAfterCompletion < 0) {
      throw new IllegalArgumentException("行为评价的间隔天数不能为负数");
    }
  }

  public String statement() {
    return "行为层评价：学员完成课程 " + daysAfterCompletion + " 天后，由其上级就课程训练的各项能力评定当前表现等级（1–5 级），"
        + "评定结果作为“上级评价”佐证记入学员的能力档案。";
  }
}
