package org.jgsw.portal.adapter.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.ProficiencyLevel;
import org.jgsw.course.application.Courses;
import org.jgsw.course.application.port.CompetencyEvidence;
import org.jgsw.course.application.port.CompetencyEvidenceSink;
import org.jgsw.course.domain.Course;
import org.jgsw.portal.competency.EvidenceIntake;

/**
 * Turns training's evidence into the competency profile's: a course completed with its post-test passed
 * becomes training evidence (培训佐证, capped at the level the course trains to), a Level-3 rating a
 * verified supervisor rating. Both are recorded at once, in the caller's transaction, so levels, gaps
 * and fit scores follow as soon as the completion or rating is committed.
 */
@ApplicationScoped
@Transactional
public class ProfileEvidenceSink implements CompetencyEvidenceSink {

  private static final Logger LOG = Logger.getLogger(ProfileEvidenceSink.class.getName());

  @Inject EvidenceIntake intake;
  @Inject Courses courses;

  @Override
  public void accept(CompetencyEvidence evidence) {
    var person = intake.staffKey(evidence.personId());
    if (person.isEmpty() || !intake.known(evidence.competencyCode())) {
      // a course may name a competency the dictionary does not (yet) have: nothing to prove then
      LOG.warning(() -> "Competency evidence not recorded (unknown person or competency): " + evidence);
      return;
    }
    String title = evidence.courseTitle().isBlank()
        ? courses.findCurrent(evidence.course()).map(Course::title).orElse("#" + evidence.course().value())
        : evidence.courseTitle();
    // a Level-3 rater is the supervisor's staff number in training's terms
    String recorder = evidence.kind() == CompetencyEvidence.Kind.SUPERVISOR_RATING
        ? intake.signatureOf(evidence.rater()) : evidence.rater();
    intake.add(person.get(), evidenceOf(evidence, title, recorder), originOf(evidence));
  }

  /** The competency module's evidence for {@code e}, with the course named in its detail. */
  static Evidence evidenceOf(CompetencyEvidence e, String courseTitle, String recorder) {
    CompetencyCode code = CompetencyCode.of(e.competencyCode().strip());
    return switch (e.kind()) {
      case TRAINING_COMPLETION -> Evidence.training(code, e.level(), ProficiencyLevel.of(e.courseLevel()), e.date(), recorder,
          "课程《" + courseTitle + "》" + (e.courseVersion() > 0 ? "第 " + e.courseVersion() + " 版" : "") + "结业");
      case SUPERVISOR_RATING -> Evidence.of(code, e.level(), EvidenceSource.SUPERVISOR_RATING, e.date(), recorder)
          .withDetail("行为层评价：课程《" + courseTitle + "》");
    };
  }

  /**
   * One origin per course, whatever the version: completing a course again, or its next version, finds
   * the same competency and level already recorded and adds nothing. Supervisor ratings are kept apart.
   */
  static String originOf(CompetencyEvidence e) {
    return (e.kind() == CompetencyEvidence.Kind.TRAINING_COMPLETION ? "course:" : "course-l3:") + e.course().value();
  }
}
