package org.jgsw.portal.candidate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CompetencyDictionaryRepository;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;
import org.jgsw.portal.competency.ProfileDirectory;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.organisation.Post;

/**
 * Candidates for HR: list, profile (every view audited), manual entry and Excel import with a
 * per-row error report. Callers are HR pages and HR-only REST resources.
 */
@Stateless
public class CandidateService {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Validator validator;
  @Inject ProfileDirectory profiles;
  @Inject CompetencyDictionaryRepository dictionary;

  public List<Candidate> all() {
    return em.createNamedQuery("Candidate.findAll", Candidate.class).getResultList();
  }

  /** A candidate's profile; the view is written to the audit log. */
  public Optional<Candidate> view(String actor, long id, String remoteAddr) {
    Optional<Candidate> c = Optional.ofNullable(em.find(Candidate.class, id));
    c.ifPresent(x -> audit.record(actor, AuditAction.VIEW, "Candidate", id, x.getCandidateNo(), remoteAddr));
    return c;
  }

  /** Creates a candidate typed in by HR; returns the problems (empty when saved). */
  public List<String> create(String actor, Candidate candidate) {
    List<String> problems = check(candidate);
    if (!problems.isEmpty()) {
      return problems;
    }
    candidate.setCreatedBy(actor);
    candidate.setTargetUnit(unitOf(candidate.getTargetPostCode()));
    em.persist(candidate);
    audit.record(actor, AuditAction.CREATE, "Candidate", candidate.getId(), candidate.getCandidateNo(), null);
    return List.of();
  }

  /** Records a rating of a candidate's competency (e.g. an interview result). */
  public void rate(String actor, long candidateId, Evidence evidence) {
    profiles.record(SubjectKind.CANDIDATE.key(candidateId), evidence);
    audit.record(actor, AuditAction.UPDATE, "Candidate", candidateId, "rated " + evidence.competency() + "=" + evidence.level().value(), null);
  }

  /**
   * Imports a workbook: creates or updates by 报名编号; rows with problems are rejected and reported,
   * the others kept. {@code 能力:CODE} columns add assessment evidence. Throws
   * {@link IllegalArgumentException} when the file as a whole cannot be used.
   */
  public CandidateImportReport importXlsx(String actor, byte[] xlsx) {
    LocalDate today = LocalDate.now();
    List<CandidateRow> rows = new CandidateSpreadsheet().read(xlsx, today);
    int created = 0;
    int updated = 0;
    List<CandidateImportReport.Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CandidateRow row : rows) {
      List<String> messages = new ArrayList<>(row.problems());
      Candidate c = row.candidate();
      if (c.getCandidateNo() != null && seen.putIfAbsent(c.getCandidateNo(), row.row()) != null) {
        messages.add("报名编号与第 " + seen.get(c.getCandidateNo()) + " 行重复");
      }
      if (c.getTargetPostCode() != null && postByCode(c.getTargetPostCode()).isEmpty()) {
        messages.add("报考岗位编码“" + c.getTargetPostCode() + "”不存在");
      }
      for (String code : row.levels().keySet()) {
        if (dictionary.find(CompetencyCode.of(code)).isEmpty()) {
          messages.add("能力词典中没有能力编码 " + code);
        }
      }
      if (messages.isEmpty()) {
        messages.addAll(violations(c));
      }
      if (!messages.isEmpty()) {
        problems.add(new CandidateImportReport.Problem(row.row(), c.getCandidateNo(), messages));
        continue;
      }
      Optional<Candidate> existing = em.createNamedQuery("Candidate.findByNo", Candidate.class)
          .setParameter("no", c.getCandidateNo()).getResultList().stream().findFirst();
      Candidate target;
      if (existing.isPresent()) {
        target = existing.get();
        copy(c, target);
        updated++;
      } else {
        target = c;
        target.setCreatedBy(actor);
        em.persist(target);
        created++;
      }
      target.setTargetUnit(unitOf(target.getTargetPostCode()));
      em.flush();
      for (Map.Entry<String, Integer> level : row.levels().entrySet()) {
        profiles.record(SubjectKind.CANDIDATE.key(target.getId()),
            Evidence.of(CompetencyCode.of(level.getKey()), level.getValue(), EvidenceSource.ASSESSMENT, today, actor).withDetail("Excel 导入测评成绩"));
      }
    }
    CandidateImportReport report = new CandidateImportReport(created, updated, problems);
    audit.record(actor, AuditAction.IMPORT, "Candidate", null, report.summary(), null);
    return report;
  }

  public byte[] template() {
    return new CandidateSpreadsheet().template(List.of("GEN-COMM", "GEN-SERV", "PRO-VEH-DISPATCH"));
  }

  private List<String> check(Candidate c) {
    List<String> problems = new ArrayList<>(violations(c));
    if (c.getCandidateNo() != null && !em.createNamedQuery("Candidate.findByNo", Candidate.class).setParameter("no", c.getCandidateNo())
        .getResultList().isEmpty()) {
      problems.add("报名编号 " + c.getCandidateNo() + " 已存在");
    }
    if (c.getTargetPostCode() != null && !c.getTargetPostCode().isBlank() && postByCode(c.getTargetPostCode()).isEmpty()) {
      problems.add("报考岗位编码“" + c.getTargetPostCode() + "”不存在");
    }
    return problems;
  }

  private List<String> violations(Candidate c) {
    Set<ConstraintViolation<Candidate>> v = validator.validate(c);
    return v.stream().map(ConstraintViolation::getMessage).sorted().toList();
  }

  private Optional<Post> postByCode(String code) {
    return em.createQuery("SELECT p FROM Post p JOIN FETCH p.unit WHERE p.code = :code", Post.class).setParameter("code", code)
        .getResultList().stream().findFirst();
  }

  private org.jgsw.portal.organisation.Unit unitOf(String postCode) {
    return postCode == null || postCode.isBlank() ? null : postByCode(postCode).map(Post::getUnit).orElse(null);
  }

  private static void copy(Candidate from, Candidate to) {
    to.setName(from.getName());
    to.setGender(from.getGender());
    to.setBirthDate(from.getBirthDate());
    to.setEducation(from.getEducation());
    to.setMajor(from.getMajor());
    to.setMajorFamily(from.getMajorFamily());
    to.setPoliticalStatus(from.getPoliticalStatus());
    to.setYearsOfExperience(from.getYearsOfExperience());
    to.setChannel(from.getChannel());
    to.setTargetPostCode(from.getTargetPostCode());
    to.setWrittenScore(from.getWrittenScore());
    to.setInterviewScore(from.getInterviewScore());
    to.setBackground(from.getBackground());
  }
}
