package org.jgsw.competency.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A competency of the dictionary (胜任力): a general competency (通用能力, e.g. 沟通协调) or a
 * professional skill (专业技能, e.g. 公务用车调度), placed in a {@link CompetencyGroup} of the tree.
 *
 * <p>Every competency describes all five proficiency levels with a {@link BehaviouralIndicator}, so
 * that an assessor, a supervisor and the person all mean the same thing by “level 3”. A competency
 * without all five indicators cannot be created.
 */
public record Competency(
    CompetencyCode code,
    String name,
    CompetencyFamily family,
    String groupId,
    String description,
    List<BehaviouralIndicator> indicators) {

  public Competency {
    Objects.requireNonNull(code, "code");
    name = Texts.required(name, "能力名称不能为空（" + code + "）");
    Objects.requireNonNull(family, "能力「" + name + "」必须属于通用能力或专业技能");
    groupId = Texts.required(groupId, "能力「" + name + "」必须归入一个能力分组");
    description = description == null ? "" : description.strip();
    indicators = checkedIndicators(name, indicators);
  }

  /** A competency with the five indicators given in level order 1 to 5. */
  public static Competency of(
      String code,
      String name,
      CompetencyFamily family,
      String groupId,
      String description,
      String... indicatorsForLevelsOneToFive) {
    List<BehaviouralIndicator> indicators = new ArrayList<>();
    for (int i = 0; i < indicatorsForLevelsOneToFive.length; i++) {
      if (i >= ProficiencyLevel.MAX) {
        throw new IllegalArgumentException("能力「" + name + "」只能有 5 个等级的行为描述");
      }
      indicators.add(
          new BehaviouralIndicator(ProficiencyLevel.of(i + 1), indicatorsForLevelsOneToFive[i]));
    }
    return new Competency(CompetencyCode.of(code), name, family, groupId, description, indicators);
  }

  /** The behavioural indicator of {@code level}. */
  public BehaviouralIndicator indicator(ProficiencyLevel level) {
    return indicators.get(level.value() - 1);
  }

  private static List<BehaviouralIndicator> checkedIndicators(
      String name, List<BehaviouralIndicator> given) {
    List<BehaviouralIndicator> sorted = new ArrayList<>(given == null ? List.of() : given);
    sorted.sort(Comparator.comparing(BehaviouralIndicator::level));
    for (int level = ProficiencyLevel.MIN; level <= ProficiencyLevel.MAX; level++) {
      int at = level - 1;
      if (at >= sorted.size() || sorted.get(at).level().value() != level) {
        throw new IllegalArgumentException("能力「" + name + "」缺少第 " + level + " 级的行为描述（5 个等级都必须填写）");
      }
    }
    if (sorted.size() > ProficiencyLevel.MAX) {
      throw new IllegalArgumentException("能力「" + name + "」的行为描述有重复等级");
    }
    return List.copyOf(sorted);
  }
}
