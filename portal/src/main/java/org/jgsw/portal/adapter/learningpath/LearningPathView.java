package org.jgsw.portal.adapter.learningpath;

import java.io.Serializable;
import java.util.List;

/**
 * A person's recommended learning path as the pages and the API show it: against which post and model
 * version, the courses with their reasons, and the gaps no course trains yet (“暂无课程”). Without a
 * post model there is neither gap nor path ({@link #hasModel()} is false).
 */
public record LearningPathView(
    String personName, String postCode, String postName, String modelId, boolean targetPost, List<Item> items,
    List<Uncovered> uncovered) implements Serializable {

  /**
   * A recommended course; {@code reason} is the course module's Chinese sentence (the API's), {@code
   * raises} the same as data, for pages in other languages.
   */
  public record Item(
      long courseId, String course, String competencyCode, String competency, int fromLevel, int toLevel, int requiredLevel,
      double weight, String reason, List<Raise> raises) implements Serializable {
    public Item {
      raises = List.copyOf(raises);
    }
  }

  /** A competency a recommended course raises, from and to which level. */
  public record Raise(String competency, int fromLevel, int toLevel) implements Serializable {}

  /** A gap that no open course trains. */
  public record Uncovered(String competencyCode, String competency, int fromLevel, int requiredLevel) implements Serializable {}

  public LearningPathView {
    items = List.copyOf(items);
    uncovered = List.copyOf(uncovered);
  }

  public boolean hasModel() {
    return modelId != null;
  }

  /** The person meets every requirement of the model: nothing to recommend. */
  public boolean isMeetsRequirements() {
    return hasModel() && items.isEmpty() && uncovered.isEmpty();
  }
}
