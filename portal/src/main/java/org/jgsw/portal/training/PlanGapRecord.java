package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A competency gap a special plan was made for (trn_plan_gap): how many people of the plan's unit or
 * post had it and by how many levels on average, when the plan was created.
 */
@Entity
@Table(name = "trn_plan_gap")
@IdClass(PlanGapRecord.Key.class)
public class PlanGapRecord {

  @Id @Column(name = "plan_id") private long planId;
  @Id @Column(name = "competency_code") private String competencyCode;
  @Column(name = "competency_name") private String competencyName;
  private int people;
  @Column(name = "average_gap") private BigDecimal averageGap;
  /** The unit or post the gaps were read from, e.g. “单位：省公务用车服务中心（含下级）”. */
  private String scope;

  public PlanGapRecord() {}

  public PlanGapRecord(long planId, String competencyCode, String competencyName, int people, double averageGap, String scope) {
    this.planId = planId;
    this.competencyCode = competencyCode;
    this.competencyName = competencyName;
    this.people = people;
    this.averageGap = BigDecimal.valueOf(averageGap).setScale(2, RoundingMode.HALF_UP);
    this.scope = scope.length() > 300 ? scope.substring(0, 300) : scope;
  }

  public long getPlanId() { return planId; }
  public String getCompetencyCode() { return competencyCode; }
  public String getCompetencyName() { return competencyName; }
  public int getPeople() { return people; }
  public BigDecimal getAverageGap() { return averageGap; }
  public String getScope() { return scope; }

  /** The composite primary key (plan, competency). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long planId;
    private String competencyCode;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.planId == planId && Objects.equals(k.competencyCode, competencyCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(planId, competencyCode);
    }
  }
}
