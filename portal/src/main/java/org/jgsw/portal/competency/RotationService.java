package org.jgsw.portal.competency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;
import org.jgsw.portal.organisation.Person;

/**
 * Rotations and secondments (轮岗/挂职) of staff with the host unit's evaluation. HR records and
 * deletes them; each competency the host rated becomes verified ROTATION evidence dated the end of the
 * stay, so it measures the level like an assessment would (see {@code CurrentLevelRule}). Deleting a
 * record entered in error removes its evidence too.
 */
@Stateless
public class RotationService {

  @PersistenceContext private EntityManager em;
  @Inject EvidenceIntake intake;
  @Inject RatingService ratings;
  @Inject AuditLog audit;

  /** The records of a member of staff ({@code S…}), latest stay first; none for anyone else. */
  public List<RotationRecord> of(String personKey) {
    if (!isStaff(personKey)) {
      return List.of();
    }
    return em.createNamedQuery("RotationRecord.findByPerson", RotationRecord.class)
        .setParameter("person", SubjectKind.idOf(personKey)).getResultList();
  }

  /** Records a rotation and its evidence; HR only. */
  public RotationRecord add(Rater rater, String personKey, RotationInput input) {
    if (!rater.hr()) {
      throw new RatingNotAllowedException("rotation.error.notAllowed");
    }
    List<String> problems = new ArrayList<>();
    if (!isStaff(personKey) || em.find(Person.class, SubjectKind.idOf(personKey)) == null) {
      problems.add("rating.error.person");
    }
    problems.addAll(input.problems(LocalDate.now(), intake::known));
    if (!problems.isEmpty()) {
      throw new InvalidRatingException(problems);
    }
    String recorder = ratings.recorderName(rater.username());
    RotationRecord record = new RotationRecord(SubjectKind.idOf(personKey), input, recorder);
    em.persist(record);
    em.flush(); // the ID names the evidence's origin
    for (RotationRating r : record.getRatings()) {
      Evidence e = Evidence.of(CompetencyCode.of(r.getCompetencyCode()), r.getLevel(), EvidenceSource.ROTATION, record.getEndDate(), recorder)
          .withDetail(record.evidenceDetail());
      intake.add(personKey, e, record.evidenceOrigin());
    }
    audit.record(rater.username(), AuditAction.CREATE, "Rotation", personKey,
        record.evidenceDetail() + " " + record.getStartDate() + "–" + record.getEndDate() + ", " + record.getRatings().size() + " ratings", null);
    return record;
  }

  /** Deletes a record of {@code personKey} with its evidence; HR only. False when there is no such record. */
  public boolean delete(Rater rater, String personKey, long rotationId) {
    if (!rater.hr()) {
      throw new RatingNotAllowedException("rotation.error.notAllowed");
    }
    RotationRecord record = em.find(RotationRecord.class, rotationId);
    if (record == null || !isStaff(personKey) || record.getPersonId() != SubjectKind.idOf(personKey)) {
      return false;
    }
    intake.removeAll(record.evidenceOrigin());
    em.remove(record);
    audit.record(rater.username(), AuditAction.DELETE, "Rotation", personKey, record.evidenceDetail(), null);
    return true;
  }

  private static boolean isStaff(String personKey) {
    try {
      return SubjectKind.ofKey(personKey) == SubjectKind.STAFF && SubjectKind.idOf(personKey) > 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
