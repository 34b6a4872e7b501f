package org.jgsw.competency.domain;

import java.util.Objects;

/**
 * One line of a post model: the post requires {@code competency} at {@code required} level, counted
 * with {@code weight} in the fit score; a {@code mustHave} (门槛) requirement must be met for the person
 * to be eligible at all.
 *
 * <p>{@code competencyName} is the competency's name as it was when the model version was made, so a
 * published version keeps explaining itself in its own words.
 */
public record Requirement(
    CompetencyCode competency,
    String competencyName,
    ProficiencyLevel required,
    double weight,
    boolean mustHave) {

  public Requirement {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(required, "required");
    competencyName =
        competencyName == null || competencyName.isBlank() ? competency.value() : competencyName.strip();
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException(
          "能力「" + competencyName + "」的权重必须大于 0，实际为 " + Texts.plain(weight));
    }
  }

  /** The requirement with an integer level, checked with a message naming the competency. */
  public static Requirement of(
      CompetencyCode competency, String competencyName, int requiredLevel, double weight, boolean mustHave) {
    String name = competencyName == null || competencyName.isBlank() ? competency.value() : competencyName.strip();
    if (requiredLevel < ProficiencyLevel.MIN || requiredLevel > ProficiencyLevel.MAX) {
      throw new IllegalArgumentException(
          "能力「" + name + "」的要求等级必须在 " + ProficiencyLevel.MIN + " 到 " + ProficiencyLevel.MAX
              + " 之间，实际为 " + requiredLevel);
    }
    return new Requirement(competency, name, ProficiencyLevel.of(requiredLevel), weight, mustHave);
  }

  /** {@code weight × required level}: this requirement's share of the fit formula's denominator. */
  public double requiredPoints() {
    return weight * required.value();
  }
}
