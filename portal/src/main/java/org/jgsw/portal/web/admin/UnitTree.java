package org.jgsw.portal.web.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Turns the flat, sort-ordered list of units into the tree of the units page (省局 → 市局 → 县局,
 * 处室 under each) and into the indented list of the parent select. Siblings keep the order of the
 * input. A unit whose parent is not in the list becomes a root, so nothing ever disappears.
 */
public final class UnitTree {

  /** One line of an indented list: the unit and how deep it sits (0 for the province). */
  public record Line(UnitRow unit, int depth) {}

  private UnitTree() {}

  /**
   * The tree under an invisible root, every node expanded. Without {@code includeInactive},
   * inactive units are left out together with everything below them.
   */
  static TreeNode<UnitRow> build(List<UnitRow> units, boolean includeInactive) {
    TreeNode<UnitRow> root = new DefaultTreeNode<>(null, null);
    for (Line line : lines(units, includeInactive)) {
      TreeNode<UnitRow> parent = line.depth() == 0 ? root : lastAtDepth(root, line.depth() - 1);
      TreeNode<UnitRow> node = new DefaultTreeNode<>(line.unit(), parent);
      node.setExpanded(true);
    }
    return root;
  }

  /** The units depth-first (parents before their children), as the tree shows them. */
  static List<Line> lines(List<UnitRow> units, boolean includeInactive) {
    Set<Long> ids = new HashSet<>();
    units.forEach(u -> ids.add(u.id()));
    Map<Long, List<UnitRow>> children = new LinkedHashMap<>();
    List<UnitRow> roots = new ArrayList<>();
    for (UnitRow u : units) {
      if (u.parentId() == null || !ids.contains(u.parentId()) || u.parentId().equals(u.id())) {
        roots.add(u);
      } else {
        children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
      }
    }
    List<Line> lines = new ArrayList<>();
    Set<Long> visited = new HashSet<>();
    for (UnitRow r : roots) {
      walk(r, 0, children, includeInactive, visited, lines);
    }
    return lines;
  }

  private static void walk(UnitRow unit, int depth, Map<Long, List<UnitRow>> children, boolean includeInactive, Set<Long> visited, List<Line> out) {
    if ((!includeInactive && !unit.active()) || !visited.add(unit.id())) {
      return; // hidden, or a cycle in bad data: show each unit once
    }
    out.add(new Line(unit, depth));
    for (UnitRow child : children.getOrDefault(unit.id(), List.of())) {
      walk(child, depth + 1, children, includeInactive, visited, out);
    }
  }

  private static TreeNode<UnitRow> lastAtDepth(TreeNode<UnitRow> root, int depth) {
    TreeNode<UnitRow> node = root;
    for (int d = 0; d <= depth; d++) {
      List<TreeNode<UnitRow>> kids = node.getChildren();
      node = kids.get(kids.size() - 1);
    }
    return node;
  }
}
