package org.jgsw.course.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A training plan (培训计划): general (通用, for everyone) or special (专项, for posts and business
 * lines), for a year or period, with required and elective courses, deadlines (per course, else the
 * plan's, else the end of the period), a {@link PlanTarget target}, and Level-4 {@link PlanIndicator
 * indicators}.
 *
 * <p>Publishing it assigns every course to every person in the target; {@link #syncAssignments}
 * keeps that true as people join and leave — see {@link #ASSIGNMENT_RULE}. Instances are immutable;
 * assignments are separate entities the plan creates.
 */
public final class TrainingPlan {

  /** The assignment rule as shown on the plan page. */
  public static final String ASSIGNMENT_RULE =
      "指派规则：计划发布时为培训对象中的每个人指派计划内全部课程；之后新进入培训对象的人员自动获得指派，"
          + "其截止日期距加入不足 {0} 天的，顺延至加入后第 {0} 天；离开培训对象的人员保留已有指派和学习记录（标记为“已离开”），"
          + "不再计入完成率和逾期统计；重复同步不会产生重复指派。";

  private final TrainingPlanId id;
  private final String name;
  private final PlanKind kind;
  private final PlanPeriod period;
  private final List<PlanCourse> courses;
  private final LocalDate deadline;
  private final PlanTarget target;
  private final int newcomerDays;
  private final List<PlanIndicator> indicators;
  private final PlanStatus status;
  private final LocalDate publishedOn;

  private TrainingPlan(Builder b, PlanStatus status, LocalDate publishedOn) {
    this.id = b.id;
    this.name = b.name.strip();
    this.kind = b.kind;
    this.period = b.period;
    this.courses = List.copyOf(b.courses.values());
    this.deadline = b.deadline;
    this.target = b.target;
    this.newcomerDays = b.newcomerDays;
    this.indicators = List.copyOf(b.indicators);
    this.status = status;
    this.publishedOn = publishedOn;
  }

  public static Builder draft(TrainingPlanId id) {
    return new Builder(id);
  }

  /** Rebuilds a stored plan; for repositories only. */
  public static TrainingPlan restore(Builder content, PlanStatus status, LocalDate publishedOn) {
    content.validate();
    return new TrainingPlan(content, status, publishedOn);
  }

  /** The rule with this plan's numbers. */
  public String assignmentRule() {
    return ASSIGNMENT_RULE.replace("{0}", String.valueOf(newcomerDays));
  }

  /** The deadline of {@code course} for people assigned at publication. */
  public LocalDate deadlineOf(PlanCourse course) {
    return course.ownDeadline().orElse(deadline != null ? deadline : period.end());
  }

  /** This draft, published on {@code today}; then {@link #syncAssignments} creates the assignments. */
  public TrainingPlan publish(LocalDate today) {
    if (status != PlanStatus.DRAFT) {
      throw new IllegalStateException("只有草稿计划可以发布，计划「" + name + "」当前为" + status.label());
    }
    if (courses.isEmpty()) {
      throw new InvalidTrainingDataException(List.of("培训计划至少需要一门课程才能发布"));
    }
    return new TrainingPlan(edit(), PlanStatus.PUBLISHED, today);
  }

  public TrainingPlan close() {
    if (status != PlanStatus.PUBLISHED) {
      throw new IllegalStateException("只有已发布的计划可以结束");
    }
    return new TrainingPlan(edit(), PlanStatus.CLOSED, publishedOn);
  }

  /**
   * Brings the plan's assignments in line with {@code members} (the people now in the target, or a
   * superset — only those the {@link PlanTarget} matches count) on {@code today}. Changes only the
   * given {@code existing} assignments and returns them with the new ones; idempotent.
   */
  public AssignmentSync syncAssignments(Collection<TargetMember> members, Collection<Assignment> existing, LocalDate today) {
    if (status != PlanStatus.PUBLISHED) {
      throw new IllegalStateException("计划「" + name + "」" + status.label() + "，不能同步指派");
    }
    Map<AssignmentId, Assignment> byId = existing.stream()
        .filter(a -> a.plan().equals(id))
        .collect(Collectors.toMap(Assignment::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Set<String> inTarget = new HashSet<>();
    List<Assignment> created = new ArrayList<>();
    List<Assignment> rejoined = new ArrayList<>();
    for (TargetMember m : members) {
      if (!target.matches(m) || !inTarget.add(m.personId())) {
        continue;
      }
      for (PlanCourse pc : courses) {
        AssignmentId aid = new AssignmentId(id, m.personId(), pc.course());
        Assignment current = byId.get(aid);
        if (current == null) {
          Assignment a = new Assignment(aid, pc.required(), deadlineFor(pc, today), today, null);
          byId.put(aid, a);
          created.add(a);
        } else if (!current.isActive()) {
          current.rejoin();
          rejoined.add(current);
        }
      }
    }
    List<Assignment> left = new ArrayList<>();
    for (Assignment a : byId.values()) {
      if (a.isActive() && !inTarget.contains(a.personId())) {
        a.markLeft(today);
        left.add(a);
      }
    }
    return new AssignmentSync(created, left, rejoined);
  }

  private LocalDate deadlineFor(PlanCourse pc, LocalDate today) {
    LocalDate planned = deadlineOf(pc);
    boolean newcomer = today.isAfter(publishedOn);
    LocalDate earliestFair = today.plusDays(newcomerDays);
    return newcomer && planned.isBefore(earliestFair) ? earliestFair : planned;
  }

  /** A builder with this plan's content, for editing a draft or a published plan's courses. */
  public Builder edit() {
    if (status == PlanStatus.CLOSED) {
      throw new IllegalStateException("计划「" + name + "」已结束，不能修改");
    }
    Builder b = new Builder(id);
    b.name = name;
    b.kind = kind;
    b.period = period;
    courses.forEach(c -> b.courses.put(c.course(), c));
    b.deadline = deadline;
    b.target = target;
    b.newcomerDays = newcomerDays;
    b.indicators.addAll(indicators);
    return b;
  }

  /** This plan with its content replaced by {@code edited} (same status). */
  public TrainingPlan revisedWith(Builder edited) {
    if (!edited.id.equals(id)) {
      throw new IllegalArgumentException("不能用其他计划的内容修改本计划");
    }
    edited.validate();
    return new TrainingPlan(edited, status, publishedOn);
  }

  /** This plan with an indicator's after-value entered (any status: results come later). */
  public TrainingPlan withIndicatorMeasured(String indicatorName, java.math.BigDecimal after) {
    Builder b = edit();
    boolean found = false;
    for (int i = 0; i < b.indicators.size(); i++) {
      if (b.indicators.get(i).name().equals(indicatorName)) {
        b.indicators.set(i, b.indicators.get(i).measuredAfter(after));
        found = true;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("计划中没有指标「" + indicatorName + "」");
    }
    return new TrainingPlan(b, status, publishedOn);
  }

  public TrainingPlanId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public PlanKind kind() {
    return kind;
  }

  public PlanPeriod period() {
    return period;
  }

  public List<PlanCourse> courses() {
    return courses;
  }

  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  public PlanTarget target() {
    return target;
  }

  public int newcomerDays() {
    return newcomerDays;
  }

  public List<PlanIndicator> indicators() {
    return indicators;
  }

  public PlanStatus status() {
    return status;
  }

  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(publishedOn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrainingPlan p
        && id.equals(p.id) && name.equals(p.name) && kind == p.kind && period.equals(p.period)
        && courses.equals(p.courses) && Objects.equals(deadline, p.deadline) && target.equals(p.target)
        && newcomerDays == p.newcomerDays && indicators.equals(p.indicators) && status == p.status
        && Objects.equals(publishedOn, p.publishedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status);
  }

  @Override
  public String toString() {
    return "TrainingPlan[" + id.value() + ", " + name + ", " + kind + ", " + status + "]";
  }

  /** Collects a plan's content; {@link #problems()} lists everything wrong in Chinese. */
  public static final class Builder {

    private final TrainingPlanId id;
    private String name;
    private PlanKind kind = PlanKind.GENERAL;
    private PlanPeriod period;
    private final Map<CourseId, PlanCourse> courses = new LinkedHashMap<>();
    private LocalDate deadline;
    private PlanTarget target;
    private int newcomerDays = 30;
    private final List<PlanIndicator> indicators = new ArrayList<>();

    private Builder(TrainingPlanId id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** An empty builder for {@link TrainingPlan#restore}. */
    public static Builder content(TrainingPlanId id) {
      return new Builder(id);
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder kind(PlanKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    public Builder period(PlanPeriod period) {
      this.period = period;
      return this;
    }

    public Builder year(int year) {
      return period(PlanPeriod.ofYear(year));
    }

    /** Adds or replaces a course. */
    public Builder course(PlanCourse course) {
      courses.put(course.course(), course);
      return this;
    }

    public Builder removeCourse(CourseId course) {
      courses.remove(course);
      return this;
    }

    /** The plan-wide deadline, for courses without their own; null means the end of the period. */
    public Builder deadline(LocalDate deadline) {
      this.deadline = deadline;
      return this;
    }

    public Builder target(PlanTarget target) {
      this.target = target;
      return this;
    }

    /** The minimum days a person joining the target later has before their deadline (default 30). */
    public Builder newcomerDays(int days) {
      this.newcomerDays = days;
      return this;
    }

    public Builder indicator(PlanIndicator indicator) {
      indicators.removeIf(i -> i.name().equals(indicator.name()));
      indicators.add(indicator);
      return this;
    }

    /** Removes the indicator of that name, if the plan has one. */
    public Builder removeIndicator(String name) {
      indicators.removeIf(i -> i.name().equals(name));
      return this;
    }

    public List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (name == null || name.isBlank()) {
        problems.add("培训计划名称不能为空");
      }
      if (period == null) {
        problems.add("培训计划必须指定年度或起止日期");
      }
      if (target == null) {
        problems.add("培训计划必须指定培训对象");
      }
      if (newcomerDays < 0) {
        problems.add("新加入人员的最短学习天数不能为负数");
      }
      if (period != null) {
        if (deadline != null && deadline.isBefore(period.start())) {
          problems.add("计划截止日期 " + deadline + " 早于计划开始日期 " + period.start());
        }
        for (PlanCourse c : courses.values()) {
          if (c.deadline() != null && c.deadline().isBefore(period.start())) {
            problems.add("课程 " + c.course().value() + " 的截止日期 " + c.deadline() + " 早于计划开始日期");
          }
        }
      }
      return problems;
    }

    public TrainingPlan build() {
      validate();
      return new TrainingPlan(this, PlanStatus.DRAFT, null);
    }

    private void validate() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidTrainingDataException(problems);
      }
    }
  }
}
