package org.jgsw.portal.config.demo.competency;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jgsw.competency.application.PostModels;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CompetencyDictionaryRepository;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.ProficiencyLevel;
import org.jgsw.competency.domain.Requirement;
import org.jgsw.portal.candidate.Candidate;
import org.jgsw.portal.competency.EvidenceRecord;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.config.demo.DemoOrganisation;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.organisation.Post;

/**
 * Loads the competency demo once per database when {@code portal.demo-data} is on (own flag row):
 * the dictionary, the post models, levels with evidence for the demo staff, and about forty
 * candidates with theirs. Runs after {@code StartupData} has loaded the demo organisation.
 */
@Singleton
@Startup
@DependsOn("StartupData")
public class CompetencyDemoData {

  private static final Logger LOG = Logger.getLogger(CompetencyDemoData.class.getName());
  static final String FLAG = "competency-demo.loaded";

  @PersistenceContext private EntityManager em;
  @Inject CompetencyDictionaryRepository dictionary;
  @Inject PostModels models;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean demoData;

  @PostConstruct
  void load() {
    if (!demoData || flagSet()) {
      return;
    }
    LocalDate today = LocalDate.now();
    DemoDictionary.groups().forEach(dictionary::store);
    Map<CompetencyCode, Competency> competencies = new LinkedHashMap<>();
    for (Competency c : DemoDictionary.competencies()) {
      dictionary.store(c);
      competencies.put(c.code(), c);
    }
    DemoModels demo = new DemoModels(competencies);
    PostModel v1 = models.saveDraft(demo.dispatchV1());
    v1 = models.publish(v1.id());
    PostModel v2 = models.saveDraft(demo.dispatchV2(v1).build());
    models.publish(v2.id());
    for (PostModel m : demo.published()) {
      models.saveDraft(m);
      models.publish(m.id());
    }
    Map<String, PostModel> byPost = new HashMap<>();
    models.findAll().stream().filter(m -> m.status() == org.jgsw.competency.domain.ModelStatus.PUBLISHED)
        .forEach(m -> byPost.put(m.post().value(), m));

    int ratings = staffLevels(today, byPost);
    int candidates = candidates(today, byPost);
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)").setParameter(1, FLAG)
        .setParameter(2, today.toString()).executeUpdate();
    int count = competencies.size();
    LOG.info(() -> "Competency demo loaded: " + count + " competencies, " + byPost.size() + " post models, "
        + ratings + " staff ratings, " + candidates + " candidates.");
  }

  private int staffLevels(LocalDate today, Map<String, PostModel> byPost) {
    List<Person> people = em.createQuery("SELECT p FROM Person p JOIN FETCH p.unit LEFT JOIN FETCH p.post ORDER BY p.staffNo", Person.class)
        .getResultList();
    DemoPeopleLevels generator = new DemoPeopleLevels(20261202L, today);
    int count = 0;
    for (Person p : people) {
      if (p.getStaffNo().equals(DemoOrganisation.STAFF_PERSON)) {
        count += liMing(p.getId(), today);
        continue;
      }
      Map<CompetencyCode, Integer> wanted = new LinkedHashMap<>();
      Post post = p.getPost();
      if (post != null && byPost.containsKey(post.getCode())) {
        byPost.get(post.getCode()).requirements().forEach(r -> wanted.put(r.competency(), r.required().value()));
      }
      String above = DemoModels.LEADERSHIP_BY_UNIT.get(p.getUnit().getCode());
      if (above != null && byPost.containsKey(above) && (post == null || !above.equals(post.getCode()))) {
        // people below a leadership post are also rated on its competencies (talent pipeline)
        int seniority = Math.min(1, (p.ageOn(today) - 30) / 10);
        byPost.get(above).requirements().forEach(r -> wanted.putIfAbsent(r.competency(), r.required().value() - 1 + seniority));
      }
      for (String general : new String[] {"GEN-POL", "GEN-COMM", "GEN-SERV"}) {
        wanted.putIfAbsent(CompetencyCode.of(general), 3);
      }
      for (Map.Entry<CompetencyCode, Integer> w : wanted.entrySet()) {
        if (generator.random().nextInt(12) == 0) {
          continue; // never rated: shown as missing
        }
        for (Evidence e : generator.ratings(w.getKey(), w.getValue(), false)) {
          em.persist(new EvidenceRecord(SubjectKind.STAFF, p.getId(), e));
          count++;
        }
      }
    }
    return count;
  }

  /**
   * 李明 (staff demo account), 公务用车调度岗: fixed ratings the README and the tests rely on — a
   * self-assessment above a verified level, training capped at the course level, an unproven and a
   * missing competency.
   */
  private int liMing(long id, LocalDate today) {
    List<Evidence> list = List.of(
        Evidence.of(c("PRO-VEH-DISPATCH"), 3, EvidenceSource.ASSESSMENT, today.minusMonths(8), DemoPeopleLevels.HR_RECORDER).withDetail("2025 年度岗位能力测评"),
        Evidence.of(c("PRO-VEH-DISPATCH"), 4, EvidenceSource.SELF_ASSESSMENT, today.minusMonths(2), "李明"),
        Evidence.of(c("PRO-VEH-SAFETY"), 2, EvidenceSource.SUPERVISOR_RATING, today.minusMonths(5), DemoPeopleLevels.SUPERVISOR_RECORDER).withDetail("年度上级评价"),
        Evidence.of(c("GEN-SERV"), 3, EvidenceSource.SUPERVISOR_RATING, today.minusMonths(5), DemoPeopleLevels.SUPERVISOR_RECORDER).withDetail("年度上级评价"),
        Evidence.of(c("GEN-COMM"), 2, EvidenceSource.ASSESSMENT, today.minusMonths(8), DemoPeopleLevels.HR_RECORDER).withDetail("2025 年度岗位能力测评"),
        Evidence.training(c("GEN-LAW"), 3, ProficiencyLevel.of(2), today.minusMonths(3), DemoPeopleLevels.HR_RECORDER, "《机关事务管理条例》专题培训"),
        Evidence.of(c("GEN-INTEG"), 3, EvidenceSource.SUPERVISOR_RATING, today.minusMonths(5), DemoPeopleLevels.SUPERVISOR_RECORDER).withDetail("年度上级评价"),
        Evidence.of(c("PRO-IT-APP"), 3, EvidenceSource.SELF_ASSESSMENT, today.minusMonths(1), "李明"),
        Evidence.of(c("GEN-POL"), 3, EvidenceSource.ASSESSMENT, today.minusMonths(8), DemoPeopleLevels.HR_RECORDER).withDetail("2025 年度岗位能力测评"));
    list.forEach(e -> em.persist(new EvidenceRecord(SubjectKind.STAFF, id, e)));
    return list.size();
  }

  private int candidates(LocalDate today, Map<String, PostModel> byPost) {
    Map<String, Post> posts = new HashMap<>();
    em.createQuery("SELECT p FROM Post p JOIN FETCH p.unit", Post.class).getResultList().forEach(p -> posts.put(p.getCode(), p));
    DemoPeopleLevels generator = new DemoPeopleLevels(20261203L, today);
    List<Candidate> list = DemoCandidates.generate(today);
    for (Candidate c : list) {
      Post post = posts.get(c.getTargetPostCode());
      c.setTargetUnit(post == null ? null : post.getUnit());
      em.persist(c);
    }
    em.flush();
    int i = 0;
    for (Candidate c : list) {
      i++;
      PostModel model = byPost.get(c.getTargetPostCode());
      Set<Requirement> requirements = new LinkedHashSet<>(model.requirements());
      // most meet the must-haves, a weak quarter does not; the other levels spread around the requirement
      boolean weak = i % 4 == 3;
      int shift = i % 4 == 2 ? 1 : i % 4 == 3 ? -1 : 0;
      for (Requirement r : requirements) {
        if (generator.random().nextInt(15) == 0) {
          continue;
        }
        int around = r.mustHave() ? r.required().value() + (weak ? -1 : 1) : r.required().value() + shift;
        for (Evidence e : generator.ratings(r.competency(), around, true)) {
          em.persist(new EvidenceRecord(SubjectKind.CANDIDATE, c.getId(), e));
        }
      }
    }
    return list.size();
  }

  private static CompetencyCode c(String code) {
    return CompetencyCode.of(code);
  }

  private boolean flagSet() {
    return !em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?").setParameter(1, FLAG).getResultList().isEmpty();
  }
}
