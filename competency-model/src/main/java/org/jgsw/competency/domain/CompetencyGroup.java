package org.jgsw.competency.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A node of the competency tree (能力分组), e.g. 通用能力 › 政治素养 or 专业技能 › 公务用车. A group without a
 * parent is a root. The tree itself is checked by {@link CompetencyDictionary}.
 */
public record CompetencyGroup(String id, String name, Optional<String> parentId) {

  public CompetencyGroup {
    id = Texts.required(id, "能力分组编号不能为空");
    name = Texts.required(name, "能力分组名称不能为空");
    parentId = Objects.requireNonNull(parentId, "parentId").map(String::strip);
    if (parentId.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException("能力分组「" + name + "」不能以自己为上级");
    }
  }

  public static CompetencyGroup root(String id, String name) {
    return new CompetencyGroup(id, name, Optional.empty());
  }

  public static CompetencyGroup child(String id, String name, String parentId) {
    return new CompetencyGroup(id, name, Optional.of(parentId));
  }

  public boolean isRoot() {
    return parentId.isEmpty();
  }
}
