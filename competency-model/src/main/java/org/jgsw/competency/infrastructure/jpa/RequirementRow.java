package org.jgsw.competency.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.Requirement;

/** One requirement line of a stored post model version (table {@code cmp_requirement}). */
@Embeddable
public class RequirementRow {

  @Column(name = "competency_code", length = 32, nullable = false)
  private String competencyCode;

  @Column(name = "competency_name", length = 120, nullable = false)
  private String competencyName;

  @Column(name = "required_level", nullable = false)
  private int requiredLevel;

  @Column(name = "weight", nullable = false)
  private double weight;

  @Column(name = "must_have", nullable = false)
  private boolean mustHave;

  protected RequirementRow() {}

  static RequirementRow of(Requirement r) {
    RequirementRow row = new RequirementRow();
    row.competencyCode = r.competency().value();
    row.competencyName = r.competencyName();
    row.requiredLevel = r.required().value();
    row.weight = r.weight();
    row.mustHave = r.mustHave();
    return row;
  }

  Requirement toDomain() {
    return Requirement.of(CompetencyCode.of(competencyCode), competencyName, requiredLevel, weight, mustHave);
  }
}
