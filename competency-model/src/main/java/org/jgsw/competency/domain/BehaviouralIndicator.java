package org.jgsw.competency.domain;

import java.util.Objects;

/**
 * The behavioural indicator (行为描述) of one proficiency level of a competency: what someone at that
 * level observably does, e.g. for 公务用车调度 level 3 “能独立完成日常派车并处理临时加派”.
 */
public record BehaviouralIndicator(ProficiencyLevel level, String description) {

  public BehaviouralIndicator {
    Objects.requireNonNull(level, "level");
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("第 " + level.value() + " 级的行为描述不能为空");
    }
    description = description.strip();
  }
}
