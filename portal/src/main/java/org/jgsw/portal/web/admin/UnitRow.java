package org.jgsw.portal.web.admin;

import java.io.Serializable;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.organisation.UnitKind;

/** A unit as the units page shows it: a snapshot, so the tree never triggers lazy loading. */
public record UnitRow(Long id, String code, String name, UnitKind kind, Long parentId, boolean active) implements Serializable {

  public static UnitRow of(Unit unit) {
    Unit parent = unit.getParent();
    return new UnitRow(unit.getId(), unit.getCode(), unit.getName(), unit.getKind(), parent == null ? null : parent.getId(), unit.isActive());
  }
}
