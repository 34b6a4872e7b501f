package org.jgsw.portal.organisation;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters for the people list: free text on name, staff number and major; a unit (including the
 * units below it is left to the caller); whether inactive people are included; the sort column.
 */
public record PersonQuery(String text, Long unitId, boolean includeInactive, String sortField, boolean ascending) {

  /**
   * The WHERE clause with only the conditions in use (or an empty string). Unused filters are left
   * out rather than written as {@code :p IS NULL OR …}: PostgreSQL cannot type a null parameter and
   * H2 compares booleans strictly, so every bound value here is a non-null string or id.
   */
  String where() {
    List<String> conditions = new ArrayList<>();
    if (!trimmedText().isEmpty()) {
      conditions.add("(p.name LIKE :like OR LOWER(p.staffNo) LIKE :lower OR p.major LIKE :like)");
    }
    if (unitId != null) {
      conditions.add("(u.id = :unit OR up.id = :unit)");
    }
    if (!includeInactive) {
      conditions.add("p.active = TRUE");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  public static PersonQuery all() {
    return new PersonQuery("", null, true, "staffNo", true);
  }

  void bind(TypedQuery<?> q) {
    String t = trimmedText();
    if (!t.isEmpty()) {
      q.setParameter("like", "%" + t + "%").setParameter("lower", "%" + t.toLowerCase() + "%");
    }
    if (unitId != null) {
      q.setParameter("unit", unitId);
    }
  }

  private String trimmedText() {
    return text == null ? "" : text.trim();
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
