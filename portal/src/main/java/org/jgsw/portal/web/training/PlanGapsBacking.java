package org.jgsw.portal.web.training;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jgsw.course.application.TrainingPlans;
import org.jgsw.course.domain.AssignmentSync;
import org.jgsw.course.domain.PlanStatus;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.portal.adapter.learningpath.GapPlanService;
import org.jgsw.portal.training.JpaTrainingPlanRepository;
import org.jgsw.portal.training.LearningOverview;
import org.jgsw.portal.training.PlanGapRecord;

/**
 * training/plan.xhtml, top: the gaps a plan was made for (本计划针对的能力差距) and, while the plan is a
 * draft, its courses for review and the publish button (the same publication as on the plans list).
 */
@Named
@ViewScoped
public class PlanGapsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient GapPlanService gapPlans;
  @Inject transient JpaTrainingPlanRepository repository;
  @Inject transient TrainingPlans plans;
  @Inject transient LearningOverview overview;

  private Long planId;
  private transient TrainingPlan plan;
  private transient List<PlanGapRecord> gaps;
  private transient Map<Long, String> titles;

  public void load() {
    plan = planId == null ? null : repository.find(TrainingPlanId.of(planId)).orElse(null);
    gaps = plan == null ? List.of() : gapPlans.gapsOf(planId);
    titles = new java.util.HashMap<>();
    overview.catalogue(null).forEach(c -> titles.put(c.courseId(), c.title()));
  }

  /** Publishes the draft: everyone in its target gets the courses (TrainingPlans.publish). */
  public void publish() {
    try {
      AssignmentSync sync = plans.publish(TrainingPlanId.of(planId));
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          "计划「" + plan.name() + "」已发布，新建指派 " + sync.created().size() + " 条", null));
    } catch (RuntimeException e) {
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    load();
  }

  public boolean isDraft() {
    return getPlan() != null && plan.status() == PlanStatus.DRAFT;
  }

  public TrainingPlan getPlan() {
    if (plan == null && planId != null) {
      load();
    }
    return plan;
  }

  public List<PlanGapRecord> getGaps() {
    if (gaps == null) {
      load();
    }
    return gaps;
  }

  /** A course's title (its current published version), or its number when it has none. */
  public String titleOf(long courseId) {
    if (titles == null) {
      load();
    }
    return titles.getOrDefault(courseId, "#" + courseId);
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }
}
