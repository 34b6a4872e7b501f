package org.jgsw.portal.adapter.learningpath;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.course.application.LearningPaths;
import org.jgsw.course.application.TrainingPlans;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.LearningPath;
import org.jgsw.course.domain.PlanCourse;
import org.jgsw.course.domain.PlanKind;
import org.jgsw.course.domain.PlanPeriod;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;
import org.jgsw.portal.competency.MatchFilter;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.PersonSummary;
import org.jgsw.portal.competency.Population;
import org.jgsw.portal.competency.ProfileDirectory;
import org.jgsw.portal.training.JpaTrainingPlanRepository;
import org.jgsw.portal.training.PlanGapRecord;

/**
 * Gaps of a group → a special training plan (专项培训计划): aggregates the gaps of everyone in a unit
 * (with the units below) or in a post against their post models (competency module), proposes the
 * courses that train them (course-content), and creates the plan as a draft that records the gaps it
 * was made for. Publishing stays the plan page's existing flow.
 */
@ApplicationScoped
public class GapPlanService {

  @Inject ProfileDirectory directory;
  @Inject ModelCatalog catalog;
  @Inject LearningPaths paths;
  @Inject JpaTrainingPlanRepository planRepository;
  @Inject TrainingPlans plans;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;


  /** The gaps of everyone in the unit and the units below it; empty for an unknown unit. */
  public Optional<GapProposal> forUnit(long unitId) {
    List<Object[]> unit = em.createQuery("SELECT u.code, u.name FROM Unit u WHERE u.id = :id", Object[].class)
        .setParameter("id", unitId).getResultList();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Population people = directory.population(MatchFilter.staff(unitId));
    return Optional.of(proposal("单位：" + unit.get(0)[1] + "（含下级单位）", PlanTarget.units(Set.of((String) unit.get(0)[0])),
        people, people.profiles()));
  }

  /** The gaps of everyone holding the post; empty for an unknown post. */
  public Optional<GapProposal> forPost(String postCode) {
    String[] post = catalog.posts().get(postCode);
    if (post == null) {
      return Optional.empty();
    }
    Population everyone = directory.population(MatchFilter.staff(null));
    List<CandidateProfile> holders = everyone.profiles().stream()
        .filter(p -> postCode.equals(everyone.summaries().get(p.id()).postCode())).toList();
    return Optional.of(proposal("岗位：" + post[0] + "（" + post[1] + "）", PlanTarget.posts(Set.of(postCode)), everyone, holders));
  }

  private GapProposal proposal(String scope, PlanTarget target, Population population, List<CandidateProfile> people) {
    Map<String, Optional<PostModel>> models = new HashMap<>();
    List<GapReport> reports = new ArrayList<>();
    int withModel = 0;
    for (CandidateProfile p : people) {
      PersonSummary s = population.summaries().get(p.id());
      Optional<PostModel> model = s.postCode() == null ? Optional.empty()
          : models.computeIfAbsent(s.postCode(), code -> catalog.currentOf(code));
      if (model.isEmpty()) {
        continue;
      }
      withModel++;
      reports.add(model.get().gapsOf(p));
    }
    List<GroupGap> gaps = GroupGap.totals(reports);
    LearningPath path = paths.coursesFor(gaps.stream().map(GroupGap::asSkillGap).toList());
    Map<String, GroupGap> byCode = new HashMap<>();
    gaps.forEach(g -> byCode.put(g.competencyCode(), g));
    return new GapProposal(scope, target, people.size(), withModel, gaps,
        path.steps().stream().map(s -> new GapProposal.ProposedCourse(s.course().value(), s.courseTitle(), s.reason())).toList(),
        path.uncovered().stream().map(u -> byCode.get(u.competencyCode())).toList());
  }

  /**
   * Creates the special plan as a draft, targeted at the proposal's unit or post, with the chosen
   * courses ({@code courses}: course id → required), and records the proposal's gaps with it.
   */
  @Transactional
  public TrainingPlanId createDraft(String actor, GapProposal proposal, String name, LocalDate deadline, Map<Long, Boolean> courses) {
    LocalDate today = LocalDate.now(clock);
    LocalDate end = deadline == null || deadline.isBefore(today) ? today.plusMonths(2) : deadline;
    TrainingPlan.Builder b = TrainingPlan.draft(planRepository.nextId()).name(name).kind(PlanKind.SPECIAL)
        .period(PlanPeriod.between(today, end)).deadline(end).target(proposal.target());
    courses.forEach((id, required) -> b.course(new PlanCourse(CourseId.of(id), required, null)));
    TrainingPlan plan = plans.save(b.build());
    em.flush(); // the gap rows refer to the plan row, and EclipseLink cannot know that order without a mapping
    for (GroupGap g : proposal.gaps()) {
      em.persist(new PlanGapRecord(plan.id().value(), g.competencyCode(), g.competency(), g.people(), g.averageGap(), proposal.scope()));
    }
    audit.record(actor, AuditAction.CREATE, "TrainingPlan", plan.id().value(),
        "special plan from gaps: " + proposal.scope() + ", " + courses.size() + " courses, " + proposal.gaps().size() + " gaps", null);
    return plan.id();
  }

  /** The gaps a plan was made for, most people first; empty for a plan not made from gaps. */
  public List<PlanGapRecord> gapsOf(long planId) {
    return em.createQuery("SELECT g FROM PlanGapRecord g WHERE g.planId = :plan ORDER BY g.people DESC, g.competencyCode", PlanGapRecord.class)
        .setParameter("plan", planId).getResultList();
  }
}
