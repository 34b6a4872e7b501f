package org.jgsw.portal.competency;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.ProficiencyLevel;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.MajorFamily;
import org.jgsw.portal.organisation.PoliticalStatus;

/**
 * Builds the competency module's {@link CandidateProfile}s from the portal's records: staff from
 * {@code person}, candidates from {@code cmp_candidate}, current levels from all their ratings in
 * {@code cmp_evidence} by the {@link CurrentLevelRule}.
 *
 * <p>No N+1: a population is read with one statement for the people and one for all ratings of
 * that kind of person (plus one for the unit tree when filtering by unit), whatever its size.
 */
@Stateless
public class ProfileDirectory {

  @PersistenceContext private EntityManager em;

  @jakarta.inject.Inject ProfileCache cache;

  /**
   * Everyone the filter selects, with current levels. Reads through {@link ProfileCache}: one
   * statement checks freshness; only when people or ratings changed are they read again (one
   * statement for the people, one for all their ratings).
   */
  public Population population(MatchFilter filter) {
    int statements = 0;
    Set<Long> units = null;
    if (filter.unitId() != null) {
      units = unitAndBelow(filter.unitId());
      statements++;
    }
    String token = token(filter.kind());
    statements++;
    ProfileCache.Snapshot all = cache.get(filter.kind(), token);
    if (all == null) {
      all = load(filter.kind(), token);
      cache.put(filter.kind(), all);
      statements += 2;
    }
    if (filter.channel() == null && filter.education() == null && filter.ageBand() == null && units == null && filter.appliedFor() == null) {
      return new Population(all.profiles(), all.byKey(), statements); // everyone: no copy of 50,000 entries per ranking
    }
    List<CandidateProfile> profiles = new ArrayList<>();
    Map<String, PersonSummary> summaries = new HashMap<>();
    for (int i = 0; i < all.profiles().size(); i++) {
      PersonSummary p = all.summaries().get(i);
      if (filter.channel() != null && p.channel() != filter.channel()) continue;
      if (filter.education() != null && p.education() != filter.education()) continue;
      if (filter.ageBand() != null && (p.age() == null || !filter.ageBand().contains(p.age()))) continue;
      if (units != null && (p.unitId() == null || !units.contains(p.unitId()))) continue;
      if (filter.appliedFor() != null && filter.kind() == SubjectKind.CANDIDATE && !filter.appliedFor().equals(all.appliedFor().get(i))) continue;
      profiles.add(all.profiles().get(i));
      summaries.put(p.key(), p);
    }
    return new Population(profiles, summaries, statements);
  }

  /**
   * Changes whenever a person or candidate of the kind is added or changed (count, highest ID, sum of
   * entity versions), a rating is added (ratings are append-only: the highest ID is enough, and it
   * comes from the primary key index), or a unit is added.
   */
  private String token(SubjectKind kind) {
    String table = kind == SubjectKind.STAFF ? "person" : "cmp_candidate";
    String sql = "SELECT (SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) || ':' || COALESCE(SUM(version), 0) FROM " + table + ")"
        + " || '/' || (SELECT COALESCE(MAX(id), 0) FROM cmp_evidence) || '/' || (SELECT COUNT(*) FROM org_unit)";
    Object r = em.createNativeQuery(sql).getSingleResult();
    return String.valueOf(r) + "/" + LocalDate.now(); // ages change with the date
  }

  private ProfileCache.Snapshot load(SubjectKind kind, String token) {
    LocalDate today = LocalDate.now();
    List<Object[]> rows = kind == SubjectKind.STAFF ? staffRows(null) : candidateRows(null);
    Map<Long, List<Evidence>> ratings = ratings(kind, null, null);
    List<CandidateProfile> profiles = new ArrayList<>(rows.size());
    List<PersonSummary> summaries = new ArrayList<>(rows.size());
    List<String> applied = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      PersonRow p = PersonRow.of(kind, r, today);
      profiles.add(p.profile(ratings.getOrDefault(p.id, List.of())));
      summaries.add(p.summary());
      applied.add(kind == SubjectKind.CANDIDATE ? p.postName : null);
    }
    Map<String, PersonSummary> byKey = new HashMap<>(summaries.size() * 4 / 3 + 1);
    summaries.forEach(p -> byKey.put(p.key(), p));
    return new ProfileCache.Snapshot(token, List.copyOf(profiles), List.copyOf(summaries), java.util.Collections.unmodifiableList(applied),
        java.util.Collections.unmodifiableMap(byKey));
  }

  /** One person's profile and summary by key ({@code S12}, {@code C34}). */
  public Optional<Population> person(String key) {
    SubjectKind kind = SubjectKind.ofKey(key);
    long id = SubjectKind.idOf(key);
    List<Object[]> rows = kind == SubjectKind.STAFF ? staffRows(id) : candidateRows(id);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    PersonRow p = PersonRow.of(kind, rows.get(0), LocalDate.now());
    Map<Long, List<Evidence>> ratings = ratings(kind, id, null);
    return Optional.of(new Population(List.of(p.profile(ratings.getOrDefault(id, List.of()))), Map.of(p.key(), p.summary()), 2));
  }

  /** Every rating of one person, newest first (for the evidence list of the profile). */
  public List<Evidence> ratingsOf(String key) {
    long id = SubjectKind.idOf(key);
    List<Evidence> list = new ArrayList<>(ratings(SubjectKind.ofKey(key), id, null).getOrDefault(id, List.of()));
    list.sort((a, b) -> b.date().compareTo(a.date()));
    return list;
  }

  /** Records a rating (ratings are added, never overwritten). */
  public void record(String key, Evidence evidence) {
    em.persist(new EvidenceRecord(SubjectKind.ofKey(key), SubjectKind.idOf(key), evidence));
  }

  /** The ID of {@code unitId} and of every unit below it. */
  public Set<Long> unitAndBelow(long unitId) {
    List<Object[]> rows = em.createQuery("SELECT u.id, par.id FROM Unit u LEFT JOIN u.parent par", Object[].class).getResultList();
    Map<Long, List<Long>> children = new HashMap<>();
    for (Object[] r : rows) {
      if (r[1] != null) {
        children.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add((Long) r[0]);
      }
    }
    Set<Long> result = new HashSet<>();
    List<Long> todo = new ArrayList<>(List.of(unitId));
    while (!todo.isEmpty()) {
      Long u = todo.remove(todo.size() - 1);
      if (result.add(u)) {
        todo.addAll(children.getOrDefault(u, List.of()));
      }
    }
    return result;
  }

  private List<Object[]> staffRows(Long id) {
    String jpql = "SELECT p.id, p.name, p.birthDate, p.education, p.majorFamily, p.politicalStatus, p.hireDate, p.entryChannel,"
        + " u.id, u.name, po.name, po.code FROM Person p JOIN p.unit u LEFT JOIN p.post po WHERE p.active = TRUE"
        + (id == null ? " ORDER BY p.id" : " AND p.id = :id");
    var q = em.createQuery(jpql, Object[].class);
    if (id != null) q.setParameter("id", id);
    return q.getResultList();
  }

  private List<Object[]> candidateRows(Long id) {
    String jpql = "SELECT c.id, c.name, c.birthDate, c.education, c.majorFamily, c.politicalStatus, c.yearsOfExperience, c.channel,"
        + " u.id, u.name, c.targetPostCode, c.targetPostCode FROM Candidate c LEFT JOIN c.targetUnit u"
        + (id == null ? " ORDER BY c.id" : " WHERE c.id = :id");
    var q = em.createQuery(jpql, Object[].class);
    if (id != null) q.setParameter("id", id);
    return q.getResultList();
  }

  /** Ratings by subject ID: of one subject, or of every subject of the kind that is in {@code only}. */
  private Map<Long, List<Evidence>> ratings(SubjectKind kind, Long id, Set<Long> only) {
    String jpql = "SELECT e.subjectId, e.competencyCode, e.level, e.source, e.evidenceDate, e.recordedBy, e.detail FROM EvidenceRecord e"
        + " WHERE e.subjectKind = :kind" + (id == null ? "" : " AND e.subjectId = :id");
    var q = em.createQuery(jpql, Object[].class).setParameter("kind", kind);
    if (id != null) q.setParameter("id", id);
    Map<Long, List<Evidence>> bySubject = new HashMap<>();
    Map<String, CompetencyCode> codes = new HashMap<>();
    Map<Object, Object> shared = new HashMap<>(); // dates and recorder names repeat a lot: keep one copy
    for (Object[] r : q.getResultList()) {
      Long subject = (Long) r[0];
      if (only != null && !only.contains(subject)) continue;
      CompetencyCode code = codes.computeIfAbsent((String) r[1], CompetencyCode::of);
      Evidence e = new Evidence(code, ProficiencyLevel.of((Integer) r[2]), (EvidenceSource) r[3], (LocalDate) intern(shared, r[4]),
          (String) intern(shared, r[5]), (String) intern(shared, r[6]));
      bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(e);
    }
    return bySubject;
  }

  private static Object intern(Map<Object, Object> shared, Object value) {
    return value == null ? null : shared.computeIfAbsent(value, v -> v);
  }

  /** One row of people, read positionally from the two queries above (same column order). */
  private static final class PersonRow {
    SubjectKind kind;
    Long id;
    String name;
    Integer age;
    Education education;
    MajorFamily majorFamily;
    PoliticalStatus political;
    Integer years;
    EntryChannel channel;
    Long unitId;
    String unitName;
    String postName;
    String postCode;

    static PersonRow of(SubjectKind kind, Object[] r, LocalDate today) {
      PersonRow p = new PersonRow();
      p.kind = kind;
      p.id = (Long) r[0];
      p.name = (String) r[1];
      p.age = r[2] == null ? null : Period.between((LocalDate) r[2], today).getYears();
      p.education = (Education) r[3];
      p.majorFamily = (MajorFamily) r[4];
      p.political = (PoliticalStatus) r[5];
      if (kind == SubjectKind.STAFF) {
        p.years = r[6] == null ? null : Period.between((LocalDate) r[6], today).getYears();
      } else {
        p.years = (Integer) r[6];
      }
      p.channel = (EntryChannel) r[7];
      p.unitId = (Long) r[8];
      p.unitName = (String) r[9];
      p.postName = (String) r[10]; // staff: the post's name; candidates: the code of the post applied for
      p.postCode = (String) r[11];
      return p;
    }

    String key() {
      return kind.key(id);
    }

    CandidateProfile profile(List<Evidence> ratings) {
      Map<CompetencyCode, AssessedLevel> levels = ratings.isEmpty() ? Map.of() : CurrentLevelRule.decideAll(ratings);
      return new CandidateProfile(key(), name, channel == null ? "" : channel.name(), age, Vocabulary.education(education),
          Vocabulary.zh(majorFamily), years, Vocabulary.zh(political), levels);
    }

    PersonSummary summary() {
      return new PersonSummary(key(), name, channel, unitId, unitName, age, education, postName, postCode);
    }
  }
}
