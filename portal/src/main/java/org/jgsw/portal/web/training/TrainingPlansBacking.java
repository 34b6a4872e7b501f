package org.jgsw.portal.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jgsw.course.application.TrainingPlans;
import org.jgsw.course.domain.AssignmentSync;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.InvalidTrainingDataException;
import org.jgsw.course.domain.PlanCourse;
import org.jgsw.course.domain.PlanKind;
import org.jgsw.course.domain.PlanPeriod;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.portal.organisation.Post;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.training.JpaTrainingPlanRepository;
import org.jgsw.portal.training.LearningOverview;
import org.jgsw.portal.training.LearningOverview.CourseView;

/**
 * training/plans.xhtml: the plans, composing a new one (courses required or elective, target units,
 * posts or everyone, deadline), publishing it (assignments for everyone in the target) and syncing
 * its assignments with the organisation now (newcomers get them, leavers keep their history).
 */
@Named
@ViewScoped
public class TrainingPlansBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient JpaTrainingPlanRepository repository;
  @Inject transient TrainingPlans plans;
  @Inject transient LearningOverview overview;
  @Inject transient Clock clock;
  @PersistenceContext transient EntityManager em;

  private transient List<TrainingPlan> rows;
  private List<CourseView> courseChoices = List.of();
  private List<Unit> units = List.of();
  private List<Post> posts = List.of();

  // the plan being composed
  private String name;
  private PlanKind kind = PlanKind.SPECIAL;
  private LocalDate deadline;
  private List<Long> requiredCourses = new ArrayList<>();
  private List<Long> electiveCourses = new ArrayList<>();
  private boolean allStaff;
  private List<String> unitCodes = new ArrayList<>();
  private List<String> postCodes = new ArrayList<>();

  @PostConstruct
  void load() {
    rows = repository.findAll();
    courseChoices = overview.catalogue(null);
    units = em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.sortOrder", Unit.class).getResultList();
    posts = em.createQuery("SELECT p FROM Post p JOIN FETCH p.unit WHERE p.active = TRUE ORDER BY p.code", Post.class).getResultList();
  }

  public List<TrainingPlan> getRows() {
    if (rows == null) {
      rows = repository.findAll();
    }
    return rows;
  }

  public void startCompose() {
    name = null;
    kind = PlanKind.SPECIAL;
    deadline = LocalDate.now(clock).plusMonths(2);
    requiredCourses = new ArrayList<>();
    electiveCourses = new ArrayList<>();
    allStaff = false;
    unitCodes = new ArrayList<>();
    postCodes = new ArrayList<>();
  }

  public void save() {
    try {
      LocalDate today = LocalDate.now(clock);
      PlanTarget target = new PlanTarget(allStaff, Set.copyOf(unitCodes), Set.copyOf(postCodes), Set.of(), Set.of(), Set.of());
      TrainingPlan.Builder b = TrainingPlan.draft(repository.nextId()).name(name).kind(kind)
          .period(PlanPeriod.between(today, deadline == null || deadline.isBefore(today) ? today.withDayOfYear(today.lengthOfYear()) : deadline))
          .deadline(deadline).target(target);
      requiredCourses.forEach(id -> b.course(PlanCourse.required(CourseId.of(id))));
      electiveCourses.stream().filter(id -> !requiredCourses.contains(id)).forEach(id -> b.course(PlanCourse.elective(CourseId.of(id))));
      plans.save(b.build());
      info("已保存草稿计划「" + name + "」");
      org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
      rows = null;
    } catch (InvalidTrainingDataException e) {
      e.problems().forEach(this::error);
    } catch (IllegalArgumentException | IllegalStateException e) {
      error(e.getMessage());
    }
  }

  public void publish(TrainingPlan plan) {
    try {
      AssignmentSync sync = plans.publish(plan.id());
      info("计划「" + plan.name() + "」已发布，新建指派 " + sync.created().size() + " 条");
    } catch (RuntimeException e) {
      error(e.getMessage());
    }
    rows = null;
  }

  public void sync(TrainingPlan plan) {
    try {
      AssignmentSync sync = plans.syncAssignments(plan.id());
      info("计划「" + plan.name() + "」已同步：新建 " + sync.created().size() + " 条，离开 " + sync.left().size() + " 条，重新加入 "
          + sync.rejoined().size() + " 条");
    } catch (RuntimeException e) {
      error(e.getMessage());
    }
    rows = null;
  }

  public long idOf(TrainingPlan plan) {
    return plan.id().value();
  }

  private void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public PlanKind[] getKinds() {
    return PlanKind.values();
  }

  public List<CourseView> getCourseChoices() {
    return courseChoices;
  }

  public List<Unit> getUnits() {
    return units;
  }

  public List<Post> getPosts() {
    return posts;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PlanKind getKind() {
    return kind;
  }

  public void setKind(PlanKind kind) {
    this.kind = kind;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public List<Long> getRequiredCourses() {
    return requiredCourses;
  }

  public void setRequiredCourses(List<Long> requiredCourses) {
    this.requiredCourses = requiredCourses;
  }

  public List<Long> getElectiveCourses() {
    return electiveCourses;
  }

  public void setElectiveCourses(List<Long> electiveCourses) {
    this.electiveCourses = electiveCourses;
  }

  public boolean isAllStaff() {
    return allStaff;
  }

  public void setAllStaff(boolean allStaff) {
    this.allStaff = allStaff;
  }

  public List<String> getUnitCodes() {
    return unitCodes;
  }

  public void setUnitCodes(List<String> unitCodes) {
    this.unitCodes = unitCodes;
  }

  public List<String> getPostCodes() {
    return postCodes;
  }

  public void setPostCodes(List<String> postCodes) {
    this.postCodes = postCodes;
  }
}
