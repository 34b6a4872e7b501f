package org.jgsw.competency.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A post competency model (岗位胜任力模型): what a post (岗位) demands of the person who holds it.
 *
 * <p>It lists {@link Requirement}s — general competencies (通用能力) and professional skills (专业技能),
 * each with the level required, a weight saying how much it counts, and whether it is a must-have
 * (门槛) — plus {@link HardConditions} on education, major family, age, years of experience and
 * political status. HR uses it to select people who fit the post through the bureau's channels
 * (选调生, 公开遴选, 公开招考, 退役军人转业) and to show staff the gaps between their levels and their
 * post's, which drives their training.
 *
 * <p>The model computes, for a person's levels, an explainable {@link FitResult} ({@link #evaluate},
 * formula in {@link FitFormula}) and the {@link GapReport gaps} to close ({@link #gapsOf}).
 *
 * <p><b>Versions.</b> A model is identified by post and version ({@link PostModelId}). A {@link
 * ModelStatus#DRAFT draft} may be edited; once {@link #publish() published} it is in use — matches and
 * gaps refer to it — and never changes: {@link #edit()} and {@link #revise()} then produce the next
 * version as a new draft, leaving this one untouched. {@link #copyFor} starts another post's model
 * from this one. Instances are immutable.
 */
public final class PostModel {

  private final PostModelId id;
  private final ModelStatus status;
  private final List<Requirement> requirements;
  private final HardConditions hardConditions;
  private final boolean overQualificationCompensates;
  private final PostModelId basedOn;
  private final FitCalculator calculator;

  private PostModel(
      PostModelId id,
      ModelStatus status,
      List<Requirement> requirements,
      HardConditions hardConditions,
      boolean overQualificationCompensates,
      PostModelId basedOn) {
    this.id = Objects.requireNonNull(id, "id");
    this.status = Objects.requireNonNull(status, "status");
    List<String> problems = problemsWith(requirements);
    if (!problems.isEmpty()) {
      throw new InvalidPostModelException(problems);
    }
    this.requirements = List.copyOf(requirements);
    this.hardConditions = Objects.requireNonNull(hardConditions, "hardConditions");
    this.overQualificationCompensates = overQualificationCompensates;
    this.basedOn = basedOn;
    this.calculator = new FitCalculator(this);
  }

  /** Starts version 1 of a new model for {@code post}, as a draft. */
  public static Builder draft(PostId post) {
    return new Builder(new PostModelId(post, 1), null);
  }

  /**
   * Rebuilds a stored model exactly as it was, status included. For repositories only; everything
   * else goes through {@link #draft}, {@link #edit}, {@link #revise} and {@link #copyFor}.
   */
  public static PostModel restore(
      PostModelId id,
      ModelStatus status,
      List<Requirement> requirements,
      HardConditions hardConditions,
      boolean overQualificationCompensates,
      Optional<PostModelId> basedOn) {
    return new PostModel(id, status, requirements, hardConditions, overQualificationCompensates, basedOn.orElse(null));
  }

  public PostModelId id() {
    return id;
  }

  public PostId post() {
    return id.post();
  }

  public int version() {
    return id.version();
  }

  public ModelStatus status() {
    return status;
  }

  /** The requirements in the order HR entered them (the order of every breakdown). */
  public List<Requirement> requirements() {
    return requirements;
  }

  public Optional<Requirement> requirement(CompetencyCode competency) {
    return requirements.stream().filter(r -> r.competency().equals(competency)).findFirst();
  }

  public HardConditions hardConditions() {
    return hardConditions;
  }

  /** Whether surplus levels may offset shortfalls elsewhere (default false); see {@link FitFormula}. */
  public boolean overQualificationCompensates() {
    return overQualificationCompensates;
  }

  /** The version this one was revised or copied from, if any. */
  public Optional<PostModelId> basedOn() {
    return Optional.ofNullable(basedOn);
  }

  /** W = Σ weight × required level, the denominator of the fit formula. */
  public double requiredPointsTotal() {
    return requirements.stream().mapToDouble(Requirement::requiredPoints).sum();
  }

  /** Whether this version is in use (published or archived), and so can no longer change. */
  public boolean isInUse() {
    return status != ModelStatus.DRAFT;
  }

  /**
   * Starts editing: a draft is edited as the same version; a model in use yields a builder for the
   * next version (as {@link #revise()}), so the version in use is never changed.
   */
  public Builder edit() {
    Builder builder = isInUse() ? new Builder(id.next(), id) : new Builder(id, basedOn);
    return builder.copyContentOf(this);
  }

  /**
   * The next version as a draft with the same content, based on this one; this version is untouched.
   * A draft is not revised — it is edited in place.
   */
  public PostModel revise() {
    if (!isInUse()) {
      throw new IllegalStateException("模型 " + id + " 仍是草稿，可直接修改，无需新建版本");
    }
    return new PostModel(id.next(), ModelStatus.DRAFT, requirements, hardConditions, overQualificationCompensates, id);
  }

  /**
   * A draft model for another post with this model's content, based on this one. {@code version} is
   * the target post's next free version (1 if it has no model yet); the application layer knows it.
   */
  public PostModel copyFor(PostId targetPost, int version) {
    return new PostModel(
        new PostModelId(targetPost, version), ModelStatus.DRAFT, requirements, hardConditions, overQualificationCompensates, id);
  }

  /** This draft, published: in use from now on. */
  public PostModel publish() {
    if (status != ModelStatus.DRAFT) {
      throw new IllegalStateException("只有草稿可以发布，模型 " + id + " 当前为" + status.label());
    }
    return withStatus(ModelStatus.PUBLISHED);
  }

  /** This model, archived: kept so old matches stay explainable, no longer offered for matching. */
  public PostModel archive() {
    if (status == ModelStatus.ARCHIVED) {
      throw new IllegalStateException("模型 " + id + " 已归档");
    }
    return withStatus(ModelStatus.ARCHIVED);
  }

  /** The compiled form used to score many people quickly. */
  public FitCalculator calculator() {
    return calculator;
  }

  /** How well {@code profile} fits this model, fully explained. */
  public FitResult evaluate(CandidateProfile profile) {
    return calculator.explain(profile);
  }

  /** The gaps between {@code profile}'s levels and this model, largest (gap × weight) first. */
  public GapReport gapsOf(CandidateProfile profile) {
    return gapsOf(profile.id(), profile.levels());
  }

  /** The gaps between a person's current levels and this model, largest (gap × weight) first. */
  public GapReport gapsOf(String personId, Map<CompetencyCode, AssessedLevel> levels) {
    List<Gap> gaps = new ArrayList<>();
    for (Requirement r : requirements) {
      AssessedLevel current = levels.get(r.competency());
      int c = current == null ? 0 : current.value();
      if (c < r.required().value()) {
        gaps.add(
            new Gap(r.competency(), r.competencyName(), r.required().value(), c, current == null,
                current != null && current.proven(), r.weight(), r.mustHave()));
      }
    }
    gaps.sort(Gap.PRIORITY_ORDER);
    return new GapReport(id, personId, gaps);
  }

  private PostModel withStatus(ModelStatus newStatus) {
    return new PostModel(id, newStatus, requirements, hardConditions, overQualificationCompensates, basedOn);
  }

  private static List<String> problemsWith(List<Requirement> requirements) {
    List<String> problems = new ArrayList<>();
    if (requirements == null || requirements.isEmpty()) {
      problems.add("岗位胜任力模型至少需要一项能力要求");
      return problems;
    }
    Set<CompetencyCode> seen = new HashSet<>();
    for (Requirement r : requirements) {
      if (!seen.add(r.competency())) {
        problems.add("能力「" + r.competencyName() + "」（" + r.competency() + "）在模型中重复出现");
      }
    }
    return problems;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostModel m
        && id.equals(m.id)
        && status == m.status
        && requirements.equals(m.requirements)
        && hardConditions.equals(m.hardConditions)
        && overQualificationCompensates == m.overQualificationCompensates
        && Objects.equals(basedOn, m.basedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, requirements);
  }

  @Override
  public String toString() {
    return "PostModel[" + id + ", " + status + ", " + requirements.size() + " requirements]";
  }

  /**
   * Collects a draft's content and every problem with it, so a form can show all problems at once;
   * {@link #build()} throws an {@link InvalidPostModelException} listing them.
   */
  public static final class Builder {

    private final PostModelId id;
    private final PostModelId basedOn;
    private final List<Requirement> requirements = new ArrayList<>();
    private final List<String> rowProblems = new ArrayList<>();
    private HardConditions hardConditions = HardConditions.none();
    private boolean overQualificationCompensates;

    private Builder(PostModelId id, PostModelId basedOn) {
      this.id = id;
      this.basedOn = basedOn;
    }

    private Builder copyContentOf(PostModel model) {
      requirements.addAll(model.requirements);
      hardConditions = model.hardConditions;
      overQualificationCompensates = model.overQualificationCompensates;
      return this;
    }

    /** The ID the built draft will have. */
    public PostModelId id() {
      return id;
    }

    /** Adds a requirement for {@code competency} from the dictionary. */
    public Builder require(Competency competency, int level, double weight, boolean mustHave) {
      return require(competency.code().value(), competency.name(), level, weight, mustHave);
    }

    /** Adds a requirement as typed into a form; a bad row is recorded as a problem, not thrown. */
    public Builder require(String code, String name, int level, double weight, boolean mustHave) {
      try {
        requirements.add(Requirement.of(CompetencyCode.of(code), name, level, weight, mustHave));
      } catch (IllegalArgumentException e) {
        rowProblems.add(e.getMessage());
      }
      return this;
    }

    /** Removes the requirement for {@code competency}, if there is one. */
    public Builder remove(CompetencyCode competency) {
      requirements.removeIf(r -> r.competency().equals(competency));
      return this;
    }

    /** Replaces all requirements with {@code replacement}. */
    public Builder requirements(Collection<Requirement> replacement) {
      requirements.clear();
      requirements.addAll(replacement);
      return this;
    }

    public Builder hardConditions(HardConditions conditions) {
      hardConditions = Objects.requireNonNull(conditions, "conditions");
      return this;
    }

    public Builder overQualificationCompensates(boolean compensates) {
      overQualificationCompensates = compensates;
      return this;
    }

    /** Every problem found so far, in Chinese; empty when the draft can be built. */
    public List<String> problems() {
      List<String> problems = new ArrayList<>(rowProblems);
      List<String> modelProblems = problemsWith(requirements);
      // “at least one requirement” would only confuse when every row typed was rejected already
      if (rowProblems.isEmpty() || !requirements.isEmpty()) {
        problems.addAll(modelProblems);
      }
      return problems;
    }

    /** The draft; throws {@link InvalidPostModelException} with all {@link #problems()}. */
    public PostModel build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidPostModelException(problems);
      }
      return new PostModel(id, ModelStatus.DRAFT, requirements, hardConditions, overQualificationCompensates, basedOn);
    }
  }
}
