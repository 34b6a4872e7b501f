package org.jgsw.portal.cockpit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.GapTrend;
import org.jgsw.competency.domain.GapTrend.CompetencyGap;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.ProficiencyLevel;
import org.jgsw.portal.cockpit.Cockpit.GapMovement;
import org.jgsw.portal.cockpit.Cockpit.GapRow;
import org.jgsw.portal.competency.MatchFilter;
import org.jgsw.portal.competency.PersonSummary;
import org.jgsw.portal.competency.ProfileDirectory;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.competency.WorkforceService;

/**
 * The competency section: the staff in scope with the current model of their post, their evidence,
 * and the module's {@link GapTrend} at the end of each of the last {@value #QUARTERS} quarters.
 * Staff and models are those of the workforce structure page (same population, same models), so
 * today's gaps count the same people as its common gaps.
 */
@ApplicationScoped
class CockpitGaps {

  static final int QUARTERS = 4;
  static final int LARGEST = 10;
  static final int MOVING = 5;

  /** The section's three parts. */
  record Section(List<String> quarters, List<GapRow> largest, List<GapMovement> movement) {}

  @PersistenceContext EntityManager em;
  @Inject ProfileDirectory directory;
  @Inject WorkforceService workforce;

  Section of(long unitId, LocalDate today) {
    Map<String, PostModel> current = workforce.currentModels();
    Map<Long, List<Evidence>> evidence = staffEvidence();
    List<GapTrend.Member> members = new ArrayList<>();
    for (PersonSummary s : directory.population(MatchFilter.staff(unitId)).summaries().values()) {
      PostModel model = s.postCode() == null ? null : current.get(s.postCode());
      if (model != null) {
        members.add(new GapTrend.Member(s.key(), model, evidence.getOrDefault(SubjectKind.idOf(s.key()), List.of())));
      }
    }
    List<LocalDate> ends = GapTrend.quarterEnds(today, QUARTERS);
    Map<LocalDate, List<CompetencyGap>> trend = GapTrend.over(members, ends);
    List<CompetencyGap> now = trend.get(ends.get(ends.size() - 1));
    List<GapRow> largest = now.stream().limit(LARGEST)
        .map(g -> new GapRow(g.competency().value(), g.name(), g.people(), g.averageGap(), g.averageWeightedGap())).toList();
    List<GapMovement> movement = new ArrayList<>();
    for (CompetencyGap g : now.stream().limit(MOVING).toList()) {
      List<Integer> people = new ArrayList<>();
      List<Double> weighted = new ArrayList<>();
      for (LocalDate end : ends) {
        CompetencyGap then = trend.get(end).stream().filter(x -> x.competency().equals(g.competency())).findFirst().orElse(null);
        people.add(then == null ? 0 : then.people());
        weighted.add(then == null ? 0 : then.averageWeightedGap());
      }
      movement.add(new GapMovement(g.competency().value(), g.name(), people, weighted));
    }
    return new Section(ends.stream().map(GapTrend::quarterName).toList(), largest, movement);
  }

  /** Every rating of staff with its date, in one statement. */
  private Map<Long, List<Evidence>> staffEvidence() {
    Map<Long, List<Evidence>> bySubject = new HashMap<>();
    Map<String, CompetencyCode> codes = new HashMap<>();
    for (Object[] r : em.createQuery("SELECT e.subjectId, e.competencyCode, e.level, e.source, e.evidenceDate, e.recordedBy FROM EvidenceRecord e"
        + " WHERE e.subjectKind = :kind", Object[].class).setParameter("kind", SubjectKind.STAFF).getResultList()) {
      Evidence e = new Evidence(codes.computeIfAbsent((String) r[1], CompetencyCode::of), ProficiencyLevel.of((Integer) r[2]),
          (EvidenceSource) r[3], (LocalDate) r[4], (String) r[5], "");
      bySubject.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(e);
    }
    return bySubject;
  }
}
