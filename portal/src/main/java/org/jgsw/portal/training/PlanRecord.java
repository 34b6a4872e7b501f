package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jgsw.course.domain.PlanStatus;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;

/** A training plan; its courses, target and indicators as JSON. */
@Entity
@Table(name = "trn_plan")
@NamedQuery(name = "PlanRecord.findByStatus", query = "SELECT p FROM PlanRecord p WHERE p.status = :status ORDER BY p.id")
@NamedQuery(name = "PlanRecord.findAll", query = "SELECT p FROM PlanRecord p ORDER BY p.periodStart DESC, p.id DESC")
public class PlanRecord {

  @Id private long id;
  private String name;
  private String kind;
  private String status;
  @Column(name = "period_start") private LocalDate periodStart;
  @Column(name = "period_end") private LocalDate periodEnd;
  @Column(name = "published_on") private LocalDate publishedOn;
  private String body;

  public PlanRecord() {}

  void write(TrainingPlan p) {
    id = p.id().value();
    name = p.name();
    kind = p.kind().name();
    status = p.status().name();
    periodStart = p.period().start();
    periodEnd = p.period().end();
    publishedOn = p.publishedOn().orElse(null);
    body = TrainingJson.plan(p);
  }

  TrainingPlan toPlan() {
    return TrainingJson.plan(TrainingPlanId.of(id), PlanStatus.valueOf(status), publishedOn, body);
  }
}
