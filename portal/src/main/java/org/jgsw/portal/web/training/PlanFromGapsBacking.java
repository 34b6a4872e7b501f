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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgsw.course.domain.InvalidTrainingDataException;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.portal.adapter.learningpath.GapPlanService;
import org.jgsw.portal.adapter.learningpath.GapProposal;
import org.jgsw.portal.adapter.learningpath.GroupGap;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.ModelSummary;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.training.LearningOverview;
import org.jgsw.portal.training.LearningOverview.CourseView;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * training/plan-from-gaps.xhtml (TRAINING_ADMIN): choose a unit (with the units below) or a post, see
 * the aggregated competency gaps and the proposed courses, edit the selection, and create a special
 * plan as a draft; the plan page then shows it for review and publication.
 */
@Named("gapPlanBacking")
@ViewScoped
public class PlanFromGapsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient GapPlanService gapPlans;
  @Inject transient ModelCatalog catalog;
  @Inject transient LearningOverview overview;
  @Inject transient Clock clock;
  @Inject ActiveUser activeUser;
  @PersistenceContext transient EntityManager em;

  private List<String[]> units = List.of();
  private List<ModelSummary> posts = List.of();
  private List<CourseView> catalogue = List.of();

  private String scope = "UNIT";
  private Long unitId;
  private String postCode;
  private GapProposal proposal;
  private List<PlanCourseChoice> rows = new ArrayList<>();
  private List<Long> extraCourses = new ArrayList<>();
  private String name;
  private LocalDate deadline;

  @PostConstruct
  void load() {
    units = em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.sortOrder, u.id", Unit.class).getResultList().stream()
        .map(u -> new String[] {String.valueOf(u.getId()), u.getPath()}).toList();
    posts = catalog.current();
    catalogue = overview.catalogue(null);
  }

  /** Reads the gaps of the chosen unit or post and proposes the courses that train them. */
  public void showGaps() {
    proposal = null;
    rows = new ArrayList<>();
    boolean byPost = "POST".equals(scope);
    if (byPost ? postCode == null || postCode.isBlank() : unitId == null) {
      error(byPost ? "请先选择岗位" : "请先选择单位");
      return;
    }
    Optional<GapProposal> found = byPost ? gapPlans.forPost(postCode) : gapPlans.forUnit(unitId);
    if (found.isEmpty()) {
      error("所选单位或岗位不存在，请重新选择");
      return;
    }
    proposal = found.get();
    proposal.courses().forEach(c -> rows.add(new PlanCourseChoice(c.courseId(), c.title(), c.reason())));
    name = "能力差距专项培训（" + proposal.scope().substring(proposal.scope().indexOf('：') + 1) + "）";
    deadline = LocalDate.now(clock).plusMonths(2);
  }

  /** Adds the courses picked from the catalogue (required, as proposed ones are by default). */
  public void addCourses() {
    for (Long id : extraCourses) {
      if (rows.stream().noneMatch(r -> r.getCourseId() == id)) {
        catalogue.stream().filter(c -> c.courseId() == id).findFirst()
            .ifPresent(c -> rows.add(new PlanCourseChoice(c.courseId(), c.title(), "手动添加")));
      }
    }
    extraCourses = new ArrayList<>();
  }

  /** Creates the special plan as a draft and opens its page, where it is reviewed and published. */
  public String create() {
    if (proposal == null) {
      error("请先选择单位或岗位并查看能力差距");
      return null;
    }
    Map<Long, Boolean> chosen = new LinkedHashMap<>();
    rows.stream().filter(PlanCourseChoice::isIncluded).forEach(r -> chosen.put(r.getCourseId(), r.isRequired()));
    if (chosen.isEmpty()) {
      error("请至少选择一门课程");
      return null;
    }
    if (name == null || name.isBlank()) {
      error("请填写计划名称");
      return null;
    }
    try {
      TrainingPlanId id = gapPlans.createDraft(activeUser.getUsername(), proposal, name, deadline, chosen);
      return "/training/plan?faces-redirect=true&id=" + id.value();
    } catch (InvalidTrainingDataException e) {
      e.problems().forEach(this::error);
    } catch (IllegalArgumentException | IllegalStateException e) {
      error(e.getMessage());
    }
    return null;
  }

  /** People with each gap, as bars (the ten largest groups). */
  public String getGapChart() {
    List<GroupGap> top = proposal.gaps().stream().limit(10).toList();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("存在差距的人数", top.stream().map(g -> BigDecimal.valueOf(g.people())).toList());
    int max = top.stream().mapToInt(GroupGap::people).max().orElse(1);
    return TrainingCharts.bars(top.stream().map(GroupGap::competency).toList(), series, max);
  }

  private void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public List<String[]> getUnits() { return units; }
  public List<ModelSummary> getPosts() { return posts; }
  public List<CourseView> getCatalogue() { return catalogue; }
  public GapProposal getProposal() { return proposal; }
  public List<PlanCourseChoice> getRows() { return rows; }
  public String getScope() { return scope; }
  public void setScope(String scope) { this.scope = scope; }
  public Long getUnitId() { return unitId; }
  public void setUnitId(Long unitId) { this.unitId = unitId; }
  public String getPostCode() { return postCode; }
  public void setPostCode(String postCode) { this.postCode = postCode; }
  public List<Long> getExtraCourses() { return extraCourses; }
  public void setExtraCourses(List<Long> extraCourses) { this.extraCourses = extraCourses; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public LocalDate getDeadline() { return deadline; }
  public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
}
