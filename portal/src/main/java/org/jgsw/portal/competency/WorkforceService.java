package org.jgsw.portal.competency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.competency.application.CompetencyGaps;
import org.jgsw.competency.application.PostModels;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.Gap;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.competency.domain.ModelStatus;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.TalentTier;
import org.jgsw.competency.domain.TierPlacement;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.MajorFamily;
import org.jgsw.portal.organisation.UnitKind;

/**
 * Workforce structure (队伍结构), gaps and the talent pipeline for HR, and a person's own competency
 * profile. Reads staff in bulk (people, ratings, models: a fixed number of statements).
 */
@Stateless
public class WorkforceService {

  @PersistenceContext private EntityManager em;
  @Inject ProfileDirectory directory;
  @Inject PostModels models;
  @Inject CompetencyGaps gaps;

  /** The competency profile of the person linked to {@code username}; empty when the account has none. */
  public Optional<PersonCompetency> ofUser(String username) {
    List<Long> ids = em.createQuery("SELECT p.id FROM UserAccount a JOIN a.person p WHERE a.username = :u", Long.class)
        .setParameter("u", username).getResultList();
    return ids.isEmpty() ? Optional.empty() : ofPerson(SubjectKind.STAFF.key(ids.get(0)));
  }

  /** The profile of a member of staff ({@code S…}) or candidate ({@code C…}), with gaps against their post's model. */
  public Optional<PersonCompetency> ofPerson(String key) {
    Optional<Population> found = directory.person(key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CandidateProfile profile = found.get().profiles().get(0);
    PersonSummary summary = found.get().summaries().get(key);
    String postCode = postCodeOf(key);
    PostModel model = postCode == null ? null : models.findCurrent(org.jgsw.competency.domain.PostId.of(postCode)).orElse(null);
    GapReport report = model == null ? null : model.gapsOf(profile);
    FitResult fit = model == null ? null : model.evaluate(profile);
    return Optional.of(new PersonCompetency(summary, model, profile.levels(), directory.ratingsOf(key), report, fit));
  }

  private String postCodeOf(String key) {
    long id = SubjectKind.idOf(key);
    List<String> codes = SubjectKind.ofKey(key) == SubjectKind.STAFF
        ? em.createQuery("SELECT po.code FROM Person p JOIN p.post po WHERE p.id = :id", String.class).setParameter("id", id).getResultList()
        : em.createQuery("SELECT c.targetPostCode FROM Candidate c WHERE c.id = :id", String.class).setParameter("id", id).getResultList();
    return codes.isEmpty() ? null : codes.get(0);
  }

  /** The structure of {@code unitId} and everything below it (the whole province when null). */
  public WorkforceStructure structure(Long unitId) {
    long start = System.nanoTime();
    Long root = unitId != null ? unitId : em.createQuery("SELECT u.id FROM Unit u WHERE u.parent IS NULL ORDER BY u.sortOrder, u.id", Long.class)
        .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    Population staff = directory.population(MatchFilter.staff(root));
    Map<String, PostModel> current = currentModels();

    Map<String, Integer> byAge = new LinkedHashMap<>();
    for (AgeBand b : AgeBand.values()) byAge.put(b.label(), 0);
    Map<Education, Integer> edu = new EnumMap<>(Education.class);
    Map<String, Integer> major = new LinkedHashMap<>();
    Map<EntryChannel, Integer> channel = new EnumMap<>(EntryChannel.class);
    Map<String, int[]> gapCounts = new HashMap<>();
    Map<String, String> gapNames = new HashMap<>();
    int young = 0;
    int withModel = 0;
    int mismatch = 0;
    for (CandidateProfile p : staff.profiles()) {
      PersonSummary s = staff.summaries().get(p.id());
      if (s.age() != null) {
        byAge.merge(AgeBand.of(s.age()).label(), 1, Integer::sum);
        if (s.age() < AgeBand.YOUNG_CADRE_AGE) young++;
      }
      if (s.education() != null) edu.merge(s.education(), 1, Integer::sum);
      if (p.majorFamily() != null) major.merge(p.majorFamily(), 1, Integer::sum);
      if (s.channel() != null) channel.merge(s.channel(), 1, Integer::sum);
      PostModel model = s.postCode() == null ? null : current.get(s.postCode());
      if (model != null) {
        withModel++;
        Set<String> allowed = model.hardConditions().allowedMajorFamilies();
        if (!allowed.isEmpty() && !allowed.contains(p.majorFamily())) mismatch++;
        for (Gap g : model.gapsOf(p).gaps()) {
          int[] c = gapCounts.computeIfAbsent(g.competency().value(), k -> new int[2]);
          c[0]++;
          c[1] += g.size();
          gapNames.putIfAbsent(g.competency().value(), g.name());
        }
      }
    }
    List<WorkforceStructure.GapCount> common = gapCounts.entrySet().stream()
        .map(e -> new WorkforceStructure.GapCount(e.getKey(), gapNames.get(e.getKey()), e.getValue()[0], (double) e.getValue()[1] / e.getValue()[0]))
        .sorted(Comparator.comparingInt(WorkforceStructure.GapCount::people).reversed().thenComparing(WorkforceStructure.GapCount::code))
        .limit(10).toList();
    String rootName = root == null ? "" : em.createQuery("SELECT u.name FROM Unit u WHERE u.id = :id", String.class).setParameter("id", root).getSingleResult();
    List<WorkforceStructure.SubUnit> subUnits = subUnits(root, staff);
    return new WorkforceStructure(root, rootName, staff.profiles().size(), young, byAge, labels(edu), major, labels(channel),
        withModel, mismatch, common, subUnits, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The talent pipeline (层次化人才梯队) of {@code unitId} and below: staff in non-leadership posts,
   * tiered by their fit to the leadership posts above them (their own unit's, else the nearest above).
   */
  public Map<TalentTier, List<TierPlacement>> pipeline(Long unitId) {
    Long root = unitId;
    Population staff = directory.population(MatchFilter.staff(root));
    Map<String, PostModel> current = currentModels();
    // leadership posts with a current model, by unit id
    Map<Long, List<PostModelId>> leadershipByUnit = new HashMap<>();
    Set<String> leadershipPosts = new java.util.HashSet<>();
    for (Object[] r : em.createQuery("SELECT p.code, u.id FROM Post p JOIN p.unit u WHERE p.leadership = TRUE AND p.active = TRUE", Object[].class).getResultList()) {
      leadershipPosts.add((String) r[0]);
      PostModel m = current.get((String) r[0]);
      if (m != null) leadershipByUnit.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(m.id());
    }
    Map<Long, Long> parents = new HashMap<>();
    for (Object[] r : em.createQuery("SELECT u.id, par.id FROM Unit u LEFT JOIN u.parent par", Object[].class).getResultList()) {
      parents.put((Long) r[0], (Long) r[1]);
    }
    Map<CandidateProfile, Collection<PostModelId>> above = new LinkedHashMap<>();
    for (CandidateProfile p : staff.profiles()) {
      if (leadershipPosts.contains(staff.summaries().get(p.id()).postCode())) continue;
      Long unit = staff.summaries().get(p.id()).unitId();
      while (unit != null && !leadershipByUnit.containsKey(unit)) unit = parents.get(unit);
      if (unit != null) above.put(p, leadershipByUnit.get(unit));
    }
    return gaps.pipeline(above);
  }





  /** Latest published model of each post (also the cockpit's, so both count the same gaps). */
  public Map<String, PostModel> currentModels() {
    Map<String, PostModel> map = new HashMap<>();
    for (PostModel m : models.findAll()) {
      if (m.status() == ModelStatus.PUBLISHED) map.merge(m.post().value(), m, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return map;
  }

  /** The units directly below {@code root} with their headcounts; one statement for the whole unit tree. */
  private List<WorkforceStructure.SubUnit> subUnits(Long root, Population staff) {
    if (root == null) return List.of();
    Map<Long, Long> parents = new HashMap<>();
    List<Object[]> children = new ArrayList<>();
    for (Object[] r : em.createQuery("SELECT u.id, par.id, u.name, u.kind FROM Unit u LEFT JOIN u.parent par ORDER BY u.sortOrder, u.id", Object[].class)
        .getResultList()) {
      parents.put((Long) r[0], (Long) r[1]);
      if (root.equals(r[1])) children.add(r);
    }
    Map<Long, int[]> counts = new HashMap<>();
    Map<Long, Long> childOf = new HashMap<>(); // unit -> the child of root it lies in (memoised)
    for (PersonSummary s : staff.summaries().values()) {
      if (s.unitId() == null) continue;
      Long child = childOf.computeIfAbsent(s.unitId(), u -> {
        Long x = u;
        while (x != null && !root.equals(parents.get(x))) x = parents.get(x);
        return x == null ? -1L : x;
      });
      int[] c = counts.computeIfAbsent(child, k -> new int[2]);
      c[0]++;
      if (s.age() != null && s.age() < AgeBand.YOUNG_CADRE_AGE) c[1]++;
    }
    List<WorkforceStructure.SubUnit> list = new ArrayList<>();
    for (Object[] c : children) {
      int[] n = counts.getOrDefault((Long) c[0], new int[2]);
      list.add(new WorkforceStructure.SubUnit((Long) c[0], (String) c[2], Vocabulary.zh((UnitKind) c[3]), n[0], n[1]));
    }
    return list;
  }

  private static <E extends Enum<E>> Map<String, Integer> labels(Map<E, Integer> counts) {
    Map<String, Integer> map = new LinkedHashMap<>();
    counts.forEach((k, v) -> map.put(Vocabulary.zh(k), v));
    return map;
  }
}
