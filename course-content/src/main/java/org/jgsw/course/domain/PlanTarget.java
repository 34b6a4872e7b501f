package org.jgsw.course.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who a training plan is for. A person is in the target when they are <em>selected</em> — everyone,
 * or in one of the units (a unit includes its sub-units), or holding one of the posts, or named — and
 * they pass the <em>filters</em> on rank and entry channel (an empty filter lets everyone through).
 * Filters apply to named people too.
 */
public record PlanTarget(
    boolean allStaff, Set<String> unitIds, Set<String> postCodes, Set<String> personIds,
    Set<String> ranks, Set<String> entryChannels) {

  public PlanTarget {
    unitIds = Texts.cleanSet(unitIds);
    postCodes = Texts.cleanSet(postCodes);
    personIds = Texts.cleanSet(personIds);
    ranks = Texts.cleanSet(ranks);
    entryChannels = Texts.cleanSet(entryChannels);
    if (!allStaff && unitIds.isEmpty() && postCodes.isEmpty() && personIds.isEmpty()) {
      throw new IllegalArgumentException("培训对象不能为空：请选择全员，或指定单位、岗位或人员");
    }
  }

  public static PlanTarget everyone() {
    return new PlanTarget(true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  public static PlanTarget units(Collection<String> unitIds) {
    return new PlanTarget(false, Set.copyOf(unitIds), Set.of(), Set.of(), Set.of(), Set.of());
  }

  public static PlanTarget posts(Collection<String> postCodes) {
    return new PlanTarget(false, Set.of(), Set.copyOf(postCodes), Set.of(), Set.of(), Set.of());
  }

  public static PlanTarget people(Collection<String> personIds) {
    return new PlanTarget(false, Set.of(), Set.of(), Set.copyOf(personIds), Set.of(), Set.of());
  }

  /** This target, also selecting {@code more} units, posts and people. */
  public PlanTarget and(PlanTarget more) {
    return new PlanTarget(allStaff || more.allStaff, union(unitIds, more.unitIds), union(postCodes, more.postCodes),
        union(personIds, more.personIds), union(ranks, more.ranks), union(entryChannels, more.entryChannels));
  }

  /** This target, restricted to people of these ranks. */
  public PlanTarget onlyRanks(Collection<String> allowed) {
    return new PlanTarget(allStaff, unitIds, postCodes, personIds, Set.copyOf(allowed), entryChannels);
  }

  /** This target, restricted to people who entered through these channels (e.g. SELECTED_GRADUATE). */
  public PlanTarget onlyEntryChannels(Collection<String> allowed) {
    return new PlanTarget(allStaff, unitIds, postCodes, personIds, ranks, Set.copyOf(allowed));
  }

  public boolean matches(TargetMember m) {
    boolean selected = allStaff
        || m.unitIds().stream().anyMatch(unitIds::contains)
        || postCodes.contains(m.postCode())
        || personIds.contains(m.personId());
    return selected
        && (ranks.isEmpty() || ranks.contains(m.rank()))
        && (entryChannels.isEmpty() || entryChannels.contains(m.entryChannel()));
  }

  /** A Chinese description, such as “全员；职级：一级科员”. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (allStaff) {
      parts.add("全员");
    }
    if (!unitIds.isEmpty()) {
      parts.add("单位：" + String.join("、", unitIds));
    }
    if (!postCodes.isEmpty()) {
      parts.add("岗位：" + String.join("、", postCodes));
    }
    if (!personIds.isEmpty()) {
      parts.add("人员：" + personIds.size() + " 人");
    }
    if (!ranks.isEmpty()) {
      parts.add("职级：" + String.join("、", ranks));
    }
    if (!entryChannels.isEmpty()) {
      parts.add("进入渠道：" + String.join("、", entryChannels));
    }
    return String.join("；", parts);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }
}
