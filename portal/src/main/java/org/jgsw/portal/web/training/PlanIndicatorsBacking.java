package org.jgsw.portal.web.training;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgsw.course.application.TrainingPlans;
import org.jgsw.course.domain.PlanIndicator;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.portal.training.JpaTrainingPlanRepository;
import org.jgsw.portal.web.shared.Messages;

/**
 * The Level-4 (results) indicators on training/plan.xhtml: TRAINING_ADMIN names what the unit
 * tracks (满意度测评得分, 人均能耗 …) with its value before the training, and enters the value after
 * once measured. Problems are shown next to their fields.
 */
@Named
@ViewScoped
public class PlanIndicatorsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = TrainingLabels.BUNDLE;
  private static final int MAX_NAME = 60;
  /** Indicator values are scores, counts, kWh or yuan: 12 digits before the point are plenty. */
  private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

  @Inject transient TrainingPlans plans;
  @Inject transient JpaTrainingPlanRepository repository;
  @Inject transient Messages messages;

  private Long planId;
  private String name;
  private String unitOfMeasure;
  private BigDecimal before;
  private BigDecimal after;
  private boolean higherIsBetter = true;
  private final Map<String, BigDecimal> afterValues = new HashMap<>();

  public List<PlanIndicator> getIndicators() {
    return plan().map(TrainingPlan::indicators).orElse(List.of());
  }

  public void add() {
    Optional<TrainingPlan> plan = plan();
    if (plan.isEmpty()) {
      return;
    }
    boolean ok = true;
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      ok = field("name", "l4.problem.name");
    } else if (n.length() > MAX_NAME) {
      ok = field("name", "l4.problem.nameLength", MAX_NAME);
    } else if (plan.get().indicators().stream().anyMatch(i -> i.name().equals(n))) {
      ok = field("name", "l4.problem.duplicate", n);
    }
    if (before == null) {
      ok = field("before", "l4.problem.before");
    } else if (before.abs().compareTo(LIMIT) >= 0) {
      ok = field("before", "l4.problem.range");
    }
    if (after != null && after.abs().compareTo(LIMIT) >= 0) {
      ok = field("after", "l4.problem.range");
    }
    if (!ok) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    TrainingPlan p = plan.get();
    plans.save(p.revisedWith(p.edit().indicator(new PlanIndicator(n, unitOfMeasure, before, after, higherIsBetter))));
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, messages.text(BUNDLE, "l4.added", n), null));
    name = null;
    unitOfMeasure = null;
    before = null;
    after = null;
    higherIsBetter = true;
  }

  /** Enters (or corrects) the value after the training of one indicator. */
  public void measure(String indicator) {
    BigDecimal value = afterValues.get(indicator);
    if (value == null) {
      error("l4.problem.after", indicator);
      return;
    }
    if (value.abs().compareTo(LIMIT) >= 0) {
      error("l4.problem.range");
      return;
    }
    plan().ifPresent(p -> {
      plans.save(p.withIndicatorMeasured(indicator, value));
      afterValues.remove(indicator);
      FacesContext.getCurrentInstance().addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, messages.text(BUNDLE, "l4.measured", indicator), null));
    });
  }

  public void remove(String indicator) {
    plan().ifPresent(p -> plans.save(p.revisedWith(p.edit().removeIndicator(indicator))));
  }

  private Optional<TrainingPlan> plan() {
    return planId == null ? Optional.empty() : repository.find(TrainingPlanId.of(planId));
  }

  private boolean field(String id, String key, Object... args) {
    FacesContext.getCurrentInstance().addMessage("indicatorForm:" + id,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(BUNDLE, key, args), null));
    return false;
  }

  private void error(String key, Object... args) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(BUNDLE, key, args), null));
  }

  public Long getPlanId() { return planId; }
  public void setPlanId(Long planId) { this.planId = planId; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getUnitOfMeasure() { return unitOfMeasure; }
  public void setUnitOfMeasure(String unitOfMeasure) { this.unitOfMeasure = unitOfMeasure; }
  public BigDecimal getBefore() { return before; }
  public void setBefore(BigDecimal before) { this.before = before; }
  public BigDecimal getAfter() { return after; }
  public void setAfter(BigDecimal after) { this.after = after; }
  public boolean isHigherIsBetter() { return higherIsBetter; }
  public void setHigherIsBetter(boolean higherIsBetter) { this.higherIsBetter = higherIsBetter; }
  public Map<String, BigDecimal> getAfterValues() { return afterValues; }
}
