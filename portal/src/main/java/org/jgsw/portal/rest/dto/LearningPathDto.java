package org.jgsw.portal.rest.dto;

import java.util.List;

/**
 * {@code GET /api/learning/path}: the caller's recommended learning path against their post's model
 * (or a target post's). {@code post} is the post code, {@code model} the model version ("POST@v2");
 * both are null without a model. {@code uncovered}: gaps no published course trains yet (暂无课程).
 */
public record LearningPathDto(
    String post, String postName, String model, boolean targetPost, List<Item> items, List<Uncovered> uncovered) {

  /**
   * fromLevel: the current level (0 when never rated); toLevel: the level the course trains to, capped at
   * requiredLevel; reason such as “提升 公务接待礼仪 从 2 级到 3 级”; completed is always false (completed courses are left out).
   */
  public record Item(
      long courseId, String course, String competencyCode, String competency, int fromLevel, int toLevel, int requiredLevel,
      double weight, String reason, boolean completed) {}

  public record Uncovered(String competencyCode, String competency, int fromLevel, int requiredLevel) {}
}
