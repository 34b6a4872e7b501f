package org.jgsw.competency.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The competency dictionary (能力词典): the tree of {@link CompetencyGroup}s and the {@link
 * Competency competencies} in them. Construction checks the tree: unique group IDs, every parent
 * exists, no cycles, unique competency codes, and every competency's group exists.
 */
public final class CompetencyDictionary {

  private final Map<String, CompetencyGroup> groups = new LinkedHashMap<>();
  private final Map<CompetencyCode, Competency> competencies = new LinkedHashMap<>();

  public CompetencyDictionary(Collection<CompetencyGroup> groups, Collection<Competency> competencies) {
    for (CompetencyGroup group : groups) {
      if (this.groups.putIfAbsent(group.id(), group) != null) {
        throw new IllegalArgumentException("能力分组编号重复：" + group.id());
      }
    }
    for (CompetencyGroup group : groups) {
      checkAncestry(group);
    }
    for (Competency competency : competencies) {
      if (!this.groups.containsKey(competency.groupId())) {
        throw new IllegalArgumentException(
            "能力「" + competency.name() + "」所属的分组不存在：" + competency.groupId());
      }
      if (this.competencies.putIfAbsent(competency.code(), competency) != null) {
        throw new IllegalArgumentException("能力编码重复：" + competency.code());
      }
    }
  }

  public Optional<Competency> find(CompetencyCode code) {
    return Optional.ofNullable(competencies.get(code));
  }

  public List<Competency> competencies() {
    return List.copyOf(competencies.values());
  }

  public Optional<CompetencyGroup> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  public List<CompetencyGroup> roots() {
    return groups.values().stream().filter(CompetencyGroup::isRoot).toList();
  }

  public List<CompetencyGroup> children(String groupId) {
    return groups.values().stream()
        .filter(g -> g.parentId().filter(groupId::equals).isPresent())
        .toList();
  }

  /** Competencies directly in {@code groupId}, in dictionary order. */
  public List<Competency> competenciesIn(String groupId) {
    return competencies.values().stream().filter(c -> c.groupId().equals(groupId)).toList();
  }

  /** The groups from the root down to {@code groupId}, for breadcrumbs such as 专业技能 › 公务用车. */
  public List<CompetencyGroup> path(String groupId) {
    List<CompetencyGroup> path = new ArrayList<>();
    for (CompetencyGroup g = groups.get(groupId); g != null; g = g.parentId().map(groups::get).orElse(null)) {
      path.add(0, g);
    }
    return path;
  }

  /**
   * Problems (in Chinese) with the requirements of {@code model} against this dictionary: unknown
   * competency codes. Empty when all are known.
   */
  public List<String> unknownCompetenciesIn(PostModel model) {
    return model.requirements().stream()
        .filter(r -> !competencies.containsKey(r.competency()))
        .map(r -> "能力词典中没有能力「" + r.competencyName() + "」（" + r.competency() + "）")
        .toList();
  }

  private void checkAncestry(CompetencyGroup group) {
    Set<String> seen = new HashSet<>();
    for (CompetencyGroup g = group; g.parentId().isPresent(); ) {
      if (!seen.add(g.id())) {
        throw new IllegalArgumentException("能力分组存在循环上下级：" + group.name());
      }
      String parentId = g.parentId().get();
      g = groups.get(parentId);
      if (g == null) {
        throw new IllegalArgumentException("能力分组的上级不存在：" + parentId);
      }
    }
  }
}
