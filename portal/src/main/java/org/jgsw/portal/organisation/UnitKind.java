package org.jgsw.portal.organisation;

/** Level of a unit in the tree: 省/市/县 bureaus and the departments (处室) inside them. */
public enum UnitKind {
  PROVINCE,
  CITY,
  COUNTY,
  DEPARTMENT;

  /** Whether a unit of this kind may sit directly under a unit of {@code parent} kind. */
  public boolean mayBeChildOf(UnitKind parent) {
    return switch (this) {
      case PROVINCE -> parent == null;
      case CITY -> parent == PROVINCE;
      case COUNTY -> parent == CITY;
      case DEPARTMENT -> parent != null && parent != DEPARTMENT;
    };
  }
}
