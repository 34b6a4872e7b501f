package org.jgsw.portal.competency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.ProficiencyLevel;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;

/**
 * Records a new rating of a person's competency (评定) with its evidence. Ratings are only added;
 * the current level is then decided from all of them by the domain's {@link CurrentLevelRule} (so a
 * self-assessment never lifts a verified level, and a certificate never lowers one).
 *
 * <p>Who may record what: HR rates staff and candidates from any verified source; a supervisor rates
 * the people of their team, and only as a supervisor rating; everyone assesses themselves, and a
 * self-assessment is the only rating anyone may give themselves.
 */
@Stateless
public class RatingService {

  /** Longest note kept with a rating. */
  public static final int MAX_NOTE = 500;

  @PersistenceContext private EntityManager em;
  @Inject ProfileDirectory directory;
  @Inject ModelCatalog catalog;
  @Inject TeamCompetency team;
  @Inject AuditLog audit;

  public RatingOutcome record(Rater rater, String personKey, RatingInput input) {
    SubjectKind kind;
    try {
      kind = SubjectKind.ofKey(personKey);
      SubjectKind.idOf(personKey);
    } catch (IllegalArgumentException e) {
      throw new InvalidRatingException(List.of("rating.error.person"));
    }
    Capacity capacity = capacity(rater, kind, personKey);
    if (capacity == Capacity.NONE) {
      throw new RatingNotAllowedException(capacity.refusal); // before validation: say nothing about the person
    }
    check(input);
    if (!capacity.allows(input.source())) {
      throw new RatingNotAllowedException(capacity.refusal);
    }
    if (directory.person(personKey).isEmpty()) {
      throw new InvalidRatingException(List.of("rating.error.person"));
    }
    CompetencyCode code = CompetencyCode.of(input.competency().strip());
    Evidence evidence = new Evidence(code, ProficiencyLevel.of(input.level()), input.source(), input.date(), recorderName(rater.username()),
        input.note());
    directory.record(personKey, evidence);
    audit.record(rater.username(), AuditAction.CREATE, "CompetencyRating", personKey,
        code.value() + " level " + input.level() + " " + input.source().name(), null);
    List<Evidence> all = new ArrayList<>(directory.ratingsOf(personKey).stream().filter(e -> e.competency().equals(code)).toList());
    if (!all.contains(evidence)) {
      all.add(evidence); // not flushed yet in this transaction
    }
    AssessedLevel current = CurrentLevelRule.decide(all).orElseThrow();
    return new RatingOutcome(personKey, evidence, current);
  }

  /** The sources {@code rater} may use for {@code personKey}, in the enum's order; empty when none. */
  public List<EvidenceSource> sourcesFor(Rater rater, String personKey) {
    Capacity capacity = capacity(rater, SubjectKind.ofKey(personKey), personKey);
    return java.util.Arrays.stream(EvidenceSource.values()).filter(capacity::allows).toList();
  }

  private void check(RatingInput input) {
    List<String> problems = new ArrayList<>();
    if (input.competency() == null || input.competency().isBlank()) {
      problems.add("rating.error.competency");
    } else {
      try {
        if (catalog.dictionary().find(CompetencyCode.of(input.competency().strip())).isEmpty()) {
          problems.add("rating.error.competencyUnknown");
        }
      } catch (IllegalArgumentException e) {
        problems.add("rating.error.competencyUnknown");
      }
    }
    if (input.level() == null || input.level() < ProficiencyLevel.MIN || input.level() > ProficiencyLevel.MAX) {
      problems.add("rating.error.level");
    }
    if (input.source() == null) {
      problems.add("rating.error.source");
    }
    if (input.date() == null) {
      problems.add("rating.error.date");
    } else if (input.date().isAfter(LocalDate.now())) {
      problems.add("rating.error.dateFuture");
    }
    if (input.note() != null && input.note().strip().length() > MAX_NOTE) {
      problems.add("rating.error.note");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRatingException(problems);
    }
  }

  /** In which capacity a rater rates a person, and so which sources they may use. */
  private enum Capacity {
    SELF("rating.error.selfOnly"),
    HR("rating.error.selfOfOthers"),
    SUPERVISOR("rating.error.supervisorSource"),
    NONE("rating.error.notAllowed");

    final String refusal;

    Capacity(String refusal) {
      this.refusal = refusal;
    }

    boolean allows(EvidenceSource source) {
      return switch (this) {
        case SELF -> source == EvidenceSource.SELF_ASSESSMENT;
        case HR -> source != EvidenceSource.SELF_ASSESSMENT;
        case SUPERVISOR -> source == EvidenceSource.SUPERVISOR_RATING;
        case NONE -> false;
      };
    }
  }

  private Capacity capacity(Rater rater, SubjectKind kind, String personKey) {
    if (kind == SubjectKind.STAFF && personKey.equals(ownKey(rater.username()))) {
      return Capacity.SELF;
    }
    if (rater.hr()) {
      return Capacity.HR;
    }
    if (rater.supervisor() && kind == SubjectKind.STAFF && team.supervises(rater.username(), personKey)) {
      return Capacity.SUPERVISOR;
    }
    return Capacity.NONE;
  }

  private String ownKey(String username) {
    return em.createQuery("SELECT p.id FROM UserAccount a JOIN a.person p WHERE a.username = :u", Long.class).setParameter("u", username)
        .getResultStream().findFirst().map(SubjectKind.STAFF::key).orElse(null);
  }

  /** “name（unit）” of the rater's person, as the demo ratings are signed; the user name without one. */
  public String recorderName(String username) {
    return em.createQuery("SELECT p.name, u.name FROM UserAccount a JOIN a.person p JOIN p.unit u WHERE a.username = :u", Object[].class)
        .setParameter("u", username).getResultStream().findFirst().map(r -> r[0] + "（" + r[1] + "）").orElse(username);
  }
}
