package org.jgsw.competency.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyFamily;
import org.jgsw.competency.domain.ProficiencyLevel;

/**
 * A competency of the dictionary (table {@code cmp_competency}); the five behavioural indicators are
 * five text columns, as every competency has exactly five levels.
 */
@Entity
@Table(name = "cmp_competency")
@NamedQuery(name = "CompetencyRecord.findAll", query = "SELECT c FROM CompetencyRecord c ORDER BY c.sortOrder, c.code")
public class CompetencyRecord {

  @Id
  @Column(length = 32)
  private String code;

  @Column(length = 120, nullable = false)
  private String name;

  @Column(length = 20, nullable = false)
  private String family;

  @Column(name = "group_id", length = 40, nullable = false)
  private String groupId;

  @Column(length = 1000)
  private String description;

  @Column(name = "level1", nullable = false)
  private String level1;

  @Column(name = "level2", nullable = false)
  private String level2;

  @Column(name = "level3", nullable = false)
  private String level3;

  @Column(name = "level4", nullable = false)
  private String level4;

  @Column(name = "level5", nullable = false)
  private String level5;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected CompetencyRecord() {}

  CompetencyRecord(Competency competency, int sortOrder) {
    this.code = competency.code().value();
    this.sortOrder = sortOrder;
    copyFrom(competency);
  }

  void copyFrom(Competency c) {
    name = c.name();
    family = c.family().name();
    groupId = c.groupId();
    description = c.description();
    level1 = c.indicator(ProficiencyLevel.of(1)).description();
    level2 = c.indicator(ProficiencyLevel.of(2)).description();
    level3 = c.indicator(ProficiencyLevel.of(3)).description();
    level4 = c.indicator(ProficiencyLevel.of(4)).description();
    level5 = c.indicator(ProficiencyLevel.of(5)).description();
  }

  Competency toDomain() {
    return Competency.of(code, name, CompetencyFamily.valueOf(family), groupId, description, level1, level2, level3, level4, level5);
  }
}
