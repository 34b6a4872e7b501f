package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jgsw.competency.domain.EvidenceSource.*;
import static org.jgsw.competency.testdata.SampleCompetencies.COMMUNICATION;
import static org.jgsw.competency.testdata.SampleCompetencies.DISPATCH;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrentLevelRuleTest {

  private static Evidence rating(int level, EvidenceSource source, int year) {
    return Evidence.of(DISPATCH, level, source, LocalDate.of(year, 6, 1), "人事处");
  }

  private static Evidence training(int reached, int courseCap, int year) {
    return Evidence.training(DISPATCH, reached, ProficiencyLevel.of(courseCap), LocalDate.of(year, 6, 1), "培训中心", "公务用车调度实务");
  }

  @Test
  void theLatestVerifiedRatingWinsEvenWhenLower() {
    Evidence old = rating(4, ASSESSMENT, 2021);
    Evidence latest = rating(3, SUPERVISOR_RATING, 2024);

    AssessedLevel level = CurrentLevelRule.decide(List.of(latest, old)).orElseThrow();

    assertThat(level.value()).isEqualTo(3);
    assertThat(level.proven()).isTrue();
    assertThat(level.evidence()).contains(latest);
    assertThat(level.otherEvidence()).containsExactly(old);
  }

  @Test
  void aSelfAssessmentNeverLiftsAVerifiedLevel() {
    Evidence verified = rating(3, INTERVIEW, 2022);
    Evidence self = rating(5, SELF_ASSESSMENT, 2024);

    AssessedLevel level = CurrentLevelRule.decide(List.of(verified, self)).orElseThrow();

    assertThat(level.value()).isEqualTo(3);
    assertThat(level.proven()).isTrue();
    assertThat(level.otherEvidence()).containsExactly(self);
  }

  @Test
  void onlySelfAssessmentsShowTheLatestAsUnproven() {
    AssessedLevel level = CurrentLevelRule.decide(List.of(rating(2, SELF_ASSESSMENT, 2022), rating(4, SELF_ASSESSMENT, 2024))).orElseThrow();

    assertThat(level.value()).isEqualTo(4);
    assertThat(level.proven()).isFalse();
  }

  @Test
  void trainingIsCappedAtTheCourseLevel() {
    Evidence evidence = training(5, 3, 2024);

    assertThat(evidence.level()).isEqualTo(ProficiencyLevel.of(3));
    assertThat(evidence.verified()).isTrue();
    assertThat(evidence.detail()).isEqualTo("公务用车调度实务");
    assertThat(training(2, 3, 2024).level()).isEqualTo(ProficiencyLevel.of(2));
  }

  @Test
  void trainingRaisesALevelButNeverLowersIt() {
    assertThat(CurrentLevelRule.decide(List.of(rating(2, ASSESSMENT, 2022), training(3, 3, 2024))).orElseThrow().value()).isEqualTo(3);
    assertThat(CurrentLevelRule.decide(List.of(rating(4, ASSESSMENT, 2022), training(2, 2, 2024))).orElseThrow().value()).isEqualTo(4);
  }

  @Test
  void aLaterMeasurementOverridesAnEarlierCertificate() {
    Evidence certificate = rating(4, CERTIFICATE, 2020);
    Evidence assessment = rating(3, ASSESSMENT, 2023);

    assertThat(CurrentLevelRule.decide(List.of(certificate, assessment)).orElseThrow().evidence()).contains(assessment);
  }

  @Test
  void conflictingRatingsOfOneDayEndAtTheLowerOne() {
    Evidence high = rating(4, INTERVIEW, 2024);
    Evidence low = rating(2, ASSESSMENT, 2024);

    assertThat(CurrentLevelRule.decide(List.of(low, high)).orElseThrow().evidence()).contains(low);
    assertThat(CurrentLevelRule.decide(List.of(high, low)).orElseThrow().evidence()).contains(low);
  }

  @Test
  void noRatingsNoLevel() {
    assertThat(CurrentLevelRule.decide(List.of())).isEmpty();
  }

  @Test
  void trainingEvidenceNeedsTheCourseCap() {
    assertThatIllegalArgumentException().isThrownBy(() -> rating(3, TRAINING, 2024)).withMessageContaining("等级上限");
  }

  @Test
  void ratingsOfSeveralCompetenciesAreDecidedEach() {
    Evidence comm = Evidence.of(COMMUNICATION, 3, ROTATION, LocalDate.of(2024, 1, 1), "芜湖市局");

    Map<CompetencyCode, AssessedLevel> levels =
        CurrentLevelRule.decideAll(List.of(rating(2, ASSESSMENT, 2021), comm, rating(3, SELF_ASSESSMENT, 2024)));

    assertThat(levels.get(DISPATCH).value()).isEqualTo(2);
    assertThat(levels.get(COMMUNICATION).evidence()).contains(comm);
  }

  @Test
  void onlySelfAssessmentIsUnverified() {
    assertThat(EvidenceSource.values()).filteredOn(s -> !s.isVerified()).containsExactly(SELF_ASSESSMENT);
  }

  @Test
  void aLevelWithoutEvidenceIsUnproven() {
    AssessedLevel level = AssessedLevel.unproven(3);

    assertThat(level.proven()).isFalse();
    assertThat(level.evidence()).isEmpty();
  }

  @Test
  void theRuleIsStatedInChinese() {
    assertThat(CurrentLevelRule.STATEMENT).contains("最近一次为准", "自评不会使等级高于已核实的等级", "未证实");
  }
}
