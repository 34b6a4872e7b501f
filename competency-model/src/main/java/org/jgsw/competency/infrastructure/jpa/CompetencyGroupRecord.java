package org.jgsw.competency.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Optional;
import org.jgsw.competency.domain.CompetencyGroup;

/** A node of the competency tree (table {@code cmp_group}). */
@Entity
@Table(name = "cmp_group")
@NamedQuery(name = "CompetencyGroupRecord.findAll", query = "SELECT g FROM CompetencyGroupRecord g ORDER BY g.sortOrder, g.id")
public class CompetencyGroupRecord {

  @Id
  @Column(length = 40)
  private String id;

  @Column(length = 120, nullable = false)
  private String name;

  @Column(name = "parent_id", length = 40)
  private String parentId;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected CompetencyGroupRecord() {}

  CompetencyGroupRecord(CompetencyGroup group, int sortOrder) {
    this.id = group.id();
    this.sortOrder = sortOrder;
    copyFrom(group);
  }

  void copyFrom(CompetencyGroup group) {
    name = group.name();
    parentId = group.parentId().orElse(null);
  }

  CompetencyGroup toDomain() {
    return new CompetencyGroup(id, name, Optional.ofNullable(parentId));
  }
}
