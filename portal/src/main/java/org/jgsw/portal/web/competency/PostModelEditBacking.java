package org.jgsw.portal.web.competency;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgsw.competency.domain.AgeRange;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CompetencyDictionary;
import org.jgsw.competency.domain.EducationLevel;
import org.jgsw.competency.domain.HardConditions;
import org.jgsw.competency.domain.InvalidPostModelException;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.ModelSummary;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * competency/model.xhtml?id=POST@vN (or ?post=POST for a new model): edits a post model. Saving a
 * draft changes it; saving a version in use creates the next version as a draft (shown after the
 * save), so the version in use never changes. Publish, and copy to another post.
 */
@Named
@ViewScoped
public class PostModelEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModelCatalog catalog;
  @Inject ActiveUser activeUser;

  private String id;
  private String post;
  private ModelSummary summary;
  private final List<RequirementForm> rows = new ArrayList<>();
  private EducationLevel minEducation;
  private String majorFamilies;
  private Integer ageMin;
  private Integer ageMax;
  private int minYears;
  private String politicalStatuses;
  private boolean compensates;
  private String copyTarget;
  private List<ModelSummary> versions;
  private Map<String, String[]> posts;

  public void load() {
    posts = catalog.posts();
    Optional<PostModel> model = Optional.empty();
    if (id != null && !id.isBlank()) {
      try {
        model = catalog.find(PostModelId.parse(id));
      } catch (IllegalArgumentException e) {
        model = Optional.empty();
      }
      model.ifPresent(m -> post = m.post().value());
    } else if (post != null) {
      model = catalog.versions(post).stream().reduce((a, b) -> b);
    }
    rows.clear();
    if (model.isPresent()) {
      PostModel m = model.get();
      id = m.id().toString();
      summary = catalog.summary(m);
      m.requirements().forEach(r -> rows.add(new RequirementForm(r.competency().value(), r.required().value(), r.weight(), r.mustHave())));
      HardConditions h = m.hardConditions();
      minEducation = h.minimumEducation().orElse(null);
      majorFamilies = String.join("、", h.allowedMajorFamilies());
      ageMin = h.ageRange().map(AgeRange::min).orElse(null);
      ageMax = h.ageRange().map(AgeRange::max).orElse(null);
      minYears = h.minimumYearsOfExperience();
      politicalStatuses = String.join("、", h.requiredPoliticalStatuses());
      compensates = m.overQualificationCompensates();
    } else {
      id = null;
      summary = null;
      rows.add(new RequirementForm());
    }
    versions = post == null ? List.of() : catalog.versions(post).stream().map(catalog::summary).toList();
  }

  public void addRow() {
    rows.add(new RequirementForm());
  }

  public void removeRow(RequirementForm row) {
    rows.remove(row);
  }

  public void save() {
    if (post == null || !posts.containsKey(post)) {
      error("请选择岗位");
      return;
    }
    CompetencyDictionary dictionary = catalog.dictionary();
    Optional<PostModel> base = id == null ? Optional.empty() : catalog.find(PostModelId.parse(id));
    PostModel.Builder b = base.map(PostModel::edit).orElseGet(() -> PostModel.draft(PostId.of(post)));
    if (base.isEmpty() && !catalog.versions(post).isEmpty()) {
      error("该岗位已有模型，请从其最新版本编辑");
      return;
    }
    List<org.jgsw.competency.domain.Requirement> requirements = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (RequirementForm r : rows) {
      if (r.getCode() == null || r.getCode().isBlank()) continue;
      Optional<Competency> c = dictionary.find(CompetencyCode.of(r.getCode()));
      if (c.isEmpty()) {
        problems.add("能力词典中没有能力 " + r.getCode());
        continue;
      }
      try {
        requirements.add(org.jgsw.competency.domain.Requirement.of(c.get().code(), c.get().name(), r.getLevel(), r.getWeight(), r.isMustHave()));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    try {
      HardConditions h = HardConditions.none().withMinimumEducation(minEducation).withAllowedMajorFamilies(split(majorFamilies))
          .withMinimumYearsOfExperience(minYears).withRequiredPoliticalStatuses(split(politicalStatuses));
      if (ageMin != null || ageMax != null) {
        h = h.withAgeRange(ageMin == null ? 0 : ageMin, ageMax == null ? 200 : ageMax);
      }
      b.requirements(requirements).hardConditions(h).overQualificationCompensates(compensates);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    problems.addAll(b.problems());
    if (!problems.isEmpty()) {
      problems.forEach(this::error);
      return;
    }
    try {
      PostModel saved = catalog.saveEdit(activeUser.getUsername(), post, base, b);
      boolean newVersion = base.isPresent() && base.get().isInUse();
      info(newVersion ? "模型正在使用，已保存为新版本 " + saved.id() + "（草稿），发布后生效" : "已保存 " + saved.id());
      id = saved.id().toString();
      load();
    } catch (InvalidPostModelException | IllegalStateException e) {
      error(e.getMessage());
    }
  }

  public void publish() {
    try {
      PostModel p = catalog.publish(activeUser.getUsername(), PostModelId.parse(id));
      info("已发布 " + p.id() + "，此前发布的版本已归档");
      load();
    } catch (IllegalStateException e) {
      error(e.getMessage());
    }
  }

  public String copy() {
    if (copyTarget == null || !posts.containsKey(copyTarget)) {
      error("请选择目标岗位");
      return null;
    }
    PostModel copy = catalog.copy(activeUser.getUsername(), PostModelId.parse(id), copyTarget);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    info("已复制为 " + copy.id() + "（草稿）");
    return "/competency/model?faces-redirect=true&id=" + copy.id();
  }

  public List<Competency> getCompetencies() {
    return catalog.dictionary().competencies();
  }

  public List<Map.Entry<String, String[]>> getPostChoices() {
    return posts.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  public EducationLevel[] getEducations() {
    return EducationLevel.values();
  }

  public boolean isDraft() {
    return summary != null && summary.status() == org.jgsw.competency.domain.ModelStatus.DRAFT;
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.split("[、,，;；\\s]+"));
  }

  private void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getPost() { return post; }
  public void setPost(String post) { this.post = post; }
  public ModelSummary getSummary() { return summary; }
  public List<RequirementForm> getRows() { return rows; }
  public EducationLevel getMinEducation() { return minEducation; }
  public void setMinEducation(EducationLevel minEducation) { this.minEducation = minEducation; }
  public String getMajorFamilies() { return majorFamilies; }
  public void setMajorFamilies(String majorFamilies) { this.majorFamilies = majorFamilies; }
  public Integer getAgeMin() { return ageMin; }
  public void setAgeMin(Integer ageMin) { this.ageMin = ageMin; }
  public Integer getAgeMax() { return ageMax; }
  public void setAgeMax(Integer ageMax) { this.ageMax = ageMax; }
  public int getMinYears() { return minYears; }
  public void setMinYears(int minYears) { this.minYears = minYears; }
  public String getPoliticalStatuses() { return politicalStatuses; }
  public void setPoliticalStatuses(String politicalStatuses) { this.politicalStatuses = politicalStatuses; }
  public boolean isCompensates() { return compensates; }
  public void setCompensates(boolean compensates) { this.compensates = compensates; }
  public String getCopyTarget() { return copyTarget; }
  public void setCopyTarget(String copyTarget) { this.copyTarget = copyTarget; }
  public List<ModelSummary> getVersions() { return versions; }
}
