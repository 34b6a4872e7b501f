package org.jgsw.portal.adapter.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.course.application.port.CompetencyEvidence;
import org.jgsw.course.domain.CourseId;
import org.junit.jupiter.api.Test;

class ProfileEvidenceSinkTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  @Test
  void aCompletionBecomesVerifiedTrainingEvidenceAtTheCoursesLevelNamingTheCourse() {
    CompetencyEvidence completion = CompetencyEvidence.trainingCompletion("PRO-VEH-DISPATCH", "AH0001", 3, DAY, CourseId.of(12),
        "公务用车调度与派车管理实务", 2);

    Evidence e = ProfileEvidenceSink.evidenceOf(completion, completion.courseTitle(), completion.rater());

    assertThat(e.source()).isEqualTo(EvidenceSource.TRAINING);
    assertThat(e.verified()).isTrue();
    assertThat(e.level().value()).isEqualTo(3);
    assertThat(e.date()).isEqualTo(DAY);
    assertThat(e.recordedBy()).isEqualTo(CompetencyEvidence.COMPLETION_RATER);
    assertThat(e.detail()).isEqualTo("课程《公务用车调度与派车管理实务》第 2 版结业");
  }

  @Test
  void aCompletionNeverProvesMoreThanTheCourseTrainsTo() {
    CompetencyEvidence tooHigh = new CompetencyEvidence(CompetencyEvidence.Kind.TRAINING_COMPLETION, "GEN-LAW", "AH0001", 5, 3,
        CompetencyEvidence.COMPLETION_RATER, DAY, CourseId.of(3), "法规", 1);

    assertThat(ProfileEvidenceSink.evidenceOf(tooHigh, "法规", tooHigh.rater()).level().value()).isEqualTo(3);
  }

  @Test
  void aLevel3RatingBecomesASupervisorRatingSignedByTheSupervisor() {
    CompetencyEvidence rating = CompetencyEvidence.supervisorRating("GEN-COMM", "AH0001", 4, "AH0002", DAY, CourseId.of(7), "", 0);

    Evidence e = ProfileEvidenceSink.evidenceOf(rating, "政务服务意识", "王建国（公务用车管理处）");

    assertThat(e.source()).isEqualTo(EvidenceSource.SUPERVISOR_RATING);
    assertThat(e.level().value()).isEqualTo(4);
    assertThat(e.recordedBy()).isEqualTo("王建国（公务用车管理处）");
    assertThat(e.detail()).isEqualTo("行为层评价：课程《政务服务意识》");
  }

  @Test
  void everyVersionOfACourseSharesOneOrigin_soRepeatsAreRecognised() {
    CompetencyEvidence v1 = CompetencyEvidence.trainingCompletion("GEN-LAW", "AH0001", 3, DAY, CourseId.of(3), "法规", 1);
    CompetencyEvidence v2 = CompetencyEvidence.trainingCompletion("GEN-LAW", "AH0001", 3, DAY.plusDays(9), CourseId.of(3), "法规", 2);
    CompetencyEvidence l3 = CompetencyEvidence.supervisorRating("GEN-LAW", "AH0001", 3, "AH0002", DAY, CourseId.of(3), "", 0);

    assertThat(ProfileEvidenceSink.originOf(v1)).isEqualTo(ProfileEvidenceSink.originOf(v2)).isEqualTo("course:3");
    assertThat(ProfileEvidenceSink.originOf(l3)).isNotEqualTo(ProfileEvidenceSink.originOf(v1));
  }
}
