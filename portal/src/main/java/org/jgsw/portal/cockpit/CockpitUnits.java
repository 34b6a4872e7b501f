package org.jgsw.portal.cockpit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgsw.portal.organisation.UnitKind;

/**
 * The unit tree as the cockpit walks it (a few hundred rows, read once per request): a unit's
 * children, its path from the top, which sub-unit row a person's unit counts in, and the top unit a
 * user may see — the bureau (province, city or county) their own unit belongs to.
 */
final class CockpitUnits {

  /** A unit as the cockpit names it. */
  record Node(long id, String code, String name, UnitKind kind, Long parent) {}

  private final Map<Long, Node> byId = new HashMap<>();
  private final Map<Long, List<Node>> children = new HashMap<>();
  private final Node root;

  /** {@code nodes} in display order (sort order, id). */
  CockpitUnits(List<Node> nodes) {
    Node top = null;
    for (Node n : nodes) {
      byId.put(n.id(), n);
      if (n.parent() == null) {
        top = top == null ? n : top;
      } else {
        children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
      }
    }
    root = top;
  }

  Optional<Node> root() {
    return Optional.ofNullable(root);
  }

  Optional<Node> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<Node> childrenOf(long id) {
    return children.getOrDefault(id, List.of());
  }

  boolean hasChildren(long id) {
    return children.containsKey(id);
  }

  /** The units above {@code id}, top first. */
  List<Node> pathTo(long id) {
    List<Node> path = new ArrayList<>();
    Node n = byId.get(id);
    while (n != null && n.parent() != null) {
      n = byId.get(n.parent());
      if (n != null) {
        path.add(0, n);
      }
    }
    return path;
  }

  /** Whether {@code id} is {@code ancestor} or below it. */
  boolean isWithin(long id, long ancestor) {
    for (Node n = byId.get(id); n != null; n = n.parent() == null ? null : byId.get(n.parent())) {
      if (n.id() == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The row of the scope {@code scope} that a person of unit {@code unitId} counts in: the child of
   * the scope that contains the unit, the scope itself for its own people, or empty outside it.
   */
  Optional<Node> rowOf(long unitId, long scope) {
    Node n = byId.get(unitId);
    while (n != null) {
      if (n.id() == scope) {
        return Optional.of(n);
      }
      if (n.parent() != null && n.parent() == scope) {
        return Optional.of(n);
      }
      n = n.parent() == null ? null : byId.get(n.parent());
    }
    return Optional.empty();
  }

  /**
   * The top unit a person of unit {@code unitId} may see in the cockpit: the nearest bureau
   * (province, city or county) at or above their unit, so a department's staff see their bureau.
   */
  Optional<Node> bureauOf(long unitId) {
    for (Node n = byId.get(unitId); n != null; n = n.parent() == null ? null : byId.get(n.parent())) {
      if (n.kind() != UnitKind.DEPARTMENT) {
        return Optional.of(n);
      }
    }
    return root();
  }
}
