package org.jgsw.portal.organisation;

import jakarta.persistence.TypedQuery;

/**
 * Filters for the people list: free text on name, staff number and major; a unit (including the
 * units below it is left to the caller); whether inactive people are included; the sort column.
 */
public record PersonQuery(String text, Long unitId, boolean includeInactive, String sortField, boolean ascending) {

  static final String WHERE =
      "(:t = '' OR p.name LIKE :like OR LOWER(p.staffNo) LIKE :lower OR p.major LIKE :like)"
          + " AND (:unit IS NULL OR u.id = :unit OR up.id = :unit)"
          // booleans as parameters compared with the column: no boolean literal, which H2 and PostgreSQL spell differently
          + " AND (p.active = :active OR p.active = :alsoActive)";

  public static PersonQuery all() {
    return new PersonQuery("", null, true, "staffNo", true);
  }

  void bind(TypedQuery<?> q) {
    String t = text == null ? "" : text.trim();
    q.setParameter("t", t)
        .setParameter("like", "%" + t + "%")
        .setParameter("lower", "%" + t.toLowerCase() + "%")
        .setParameter("unit", unitId)
        .setParameter("active", Boolean.TRUE)
        .setParameter("alsoActive", !includeInactive);
  }

  /** Only whitelisted columns reach the JPQL, so a sort parameter cannot inject anything. */
  String orderClause() {
    if ("age".equals(sortField)) {
      // the youngest have the latest birth dates
      return "p.birthDate" + (ascending ? " DESC" : " ASC") + ", p.id";
    }
    String column = switch (sortField == null ? "" : sortField) {
      case "name" -> "p.name";
      case "birthDate" -> "p.birthDate";
      case "hireDate" -> "p.hireDate";
      case "education" -> "p.education";
      case "unit" -> "u.sortOrder";
      case "major" -> "p.major";
      default -> "p.staffNo";
    };
    return column + (ascending ? " ASC" : " DESC") + ", p.id";
  }
}
