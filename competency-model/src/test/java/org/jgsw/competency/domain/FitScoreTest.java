package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jgsw.competency.testdata.SampleCompetencies.*;
import static org.jgsw.competency.testdata.SampleProfiles.exactDispatcher;
import static org.jgsw.competency.testdata.SampleProfiles.person;

import org.assertj.core.data.Offset;
import org.jgsw.competency.testdata.SampleModels;
import org.jgsw.competency.testdata.SampleProfiles;
import org.junit.jupiter.api.Test;

/** Fit scores checked by hand against the dispatcher model, W = Σ w·r = 32 (see SampleModels). */
class FitScoreTest {

  private static final Offset<Double> EXACT = within(1e-12);
  private final PostModel dispatcher = SampleModels.vehicleDispatcher();

  @Test
  void meetingEveryRequirementExactlyFitsFully() {
    FitResult result = dispatcher.evaluate(exactDispatcher("C1", "王芳").build());

    assertThat(result.eligible()).isTrue();
    assertThat(result.reasons()).isEmpty();
    assertThat(result.fit()).isEqualTo(1.0);
    assertThat(result.requiredPointsTotal()).isEqualTo(32.0);
    assertThat(result.breakdown()).allSatisfy(row -> {
      assertThat(row.met()).isTrue();
      assertThat(row.pointsLost()).isZero();
      assertThat(row.proven()).isTrue();
      assertThat(row.evidence()).isPresent();
    });
  }

  @Test
  void gapsAndMissingLevelsLoseWeightedPoints() {
    // 公务用车调度 r4 c3 w3: lost 3·1 = 3; 信息化应用 r2 missing (0) w1: lost 1·2 = 2.
    // fit = 1 − (3 + 2) / 32 = 1 − 0.15625 = 0.84375
    FitResult result = dispatcher.evaluate(SampleProfiles.liMing());

    assertThat(result.eligible()).isTrue();
    assertThat(result.fit()).isCloseTo(0.84375, EXACT);
    assertThat(result.pointsLost()).isCloseTo(5.0 / 32, EXACT);
    assertThat(result.missingCount()).isEqualTo(1);
    assertThat(result.unprovenCount()).isZero();

    RequirementFit dispatch = row(result, DISPATCH);
    assertThat(dispatch.required()).isEqualTo(4);
    assertThat(dispatch.assessed()).isEqualTo(3);
    assertThat(dispatch.weight()).isEqualTo(3.0);
    assertThat(dispatch.pointsLost()).isCloseTo(3.0 / 32, EXACT);

    RequirementFit it = row(result, IT);
    assertThat(it.missing()).isTrue();
    assertThat(it.assessed()).isZero();
    assertThat(it.proven()).isFalse();
    assertThat(it.evidence()).isEmpty();
    assertThat(it.pointsLost()).isCloseTo(2.0 / 32, EXACT);
  }

  @Test
  void breakdownAddsUpToTheFit() {
    FitResult result = dispatcher.evaluate(SampleProfiles.liMing());

    double lost = result.breakdown().stream().mapToDouble(RequirementFit::pointsLost).sum();
    assertThat(1 - lost).isCloseTo(result.fit(), EXACT);
    assertThat(result.breakdown()).extracting(RequirementFit::competency)
        .containsExactly(POLITICS, COMMUNICATION, SERVICE, DISPATCH, VEHICLE_SAFETY, IT);
  }

  @Test
  void overQualificationDoesNotCompensateByDefault() {
    // 调度 5 (+1), 沟通 5 (+2), 信息化 1 (r2 w1: lost 1). fit = 1 − 1/32 = 0.96875
    CandidateProfile p = exactDispatcher("C1", "王芳").level(DISPATCH, 5).level(COMMUNICATION, 5).level(IT, 1).build();

    FitResult result = dispatcher.evaluate(p);

    assertThat(result.fit()).isCloseTo(0.96875, EXACT);
    assertThat(result.surplusPoints()).isZero();
    assertThat(result.offsetPoints()).isZero();
    assertThat(row(result, DISPATCH).pointsGained()).isZero();
  }

  @Test
  void whenTheModelSaysSoSurplusOffsetsAtMostHalfOfTheLoss() {
    // gained: 调度 w3·min(1, 1) = 3; 沟通 w2·min(1, 2) = 2 (only one surplus level counts) → S = 5/32
    // lost L = 1/32; offset = min(5/32, L/2 = 0.5/32) = 0.5/32; fit = 1 − 1/32 + 0.5/32 = 0.984375
    CandidateProfile p = exactDispatcher("C1", "王芳").level(DISPATCH, 5).level(COMMUNICATION, 5).level(IT, 1).build();

    FitResult result = SampleModels.vehicleDispatcherCompensating().evaluate(p);

    assertThat(result.surplusPoints()).isCloseTo(5.0 / 32, EXACT);
    assertThat(row(result, COMMUNICATION).pointsGained()).isCloseTo(2.0 / 32, EXACT);
    assertThat(result.offsetPoints()).isCloseTo(0.5 / 32, EXACT);
    assertThat(result.fit()).isCloseTo(0.984375, EXACT);
  }

  @Test
  void smallSurplusIsOffsetInFull() {
    // 调度 2 (r4 w3): lost 6; 车辆安全 4 (r3 w2): gained 2. L = 6/32, L/2 = 3/32 > S = 2/32.
    // fit = 1 − 6/32 + 2/32 = 0.875 (without compensation: 1 − 6/32 = 0.8125)
    CandidateProfile p = exactDispatcher("C1", "王芳").level(DISPATCH, 2).level(VEHICLE_SAFETY, 4).build();

    assertThat(SampleModels.vehicleDispatcherCompensating().evaluate(p).fit()).isCloseTo(0.875, EXACT);
    assertThat(dispatcher.evaluate(p).fit()).isCloseTo(0.8125, EXACT);
  }

  @Test
  void surplusNeverLiftsAFitAboveOne() {
    CandidateProfile p = exactDispatcher("C1", "王芳").level(DISPATCH, 5).level(VEHICLE_SAFETY, 5).build();

    assertThat(SampleModels.vehicleDispatcherCompensating().evaluate(p).fit()).isEqualTo(1.0);
  }

  @Test
  void noLevelsAtAllFitsZero() {
    FitResult result = dispatcher.evaluate(person("C9", "赵六").build());

    assertThat(result.fit()).isZero();
    assertThat(result.missingCount()).isEqualTo(6);
  }

  @Test
  void unprovenLevelsCountButAreFlagged() {
    CandidateProfile p = exactDispatcher("C1", "王芳").selfAssessed(DISPATCH, 4).build();

    FitResult result = dispatcher.evaluate(p);

    assertThat(result.fit()).isEqualTo(1.0);
    assertThat(result.unprovenCount()).isEqualTo(1);
    assertThat(row(result, DISPATCH).proven()).isFalse();
    assertThat(row(result, DISPATCH).evidence()).get().extracting(Evidence::source).isEqualTo(EvidenceSource.SELF_ASSESSMENT);
  }

  @Test
  void theQuickScoreAgreesWithTheExplanation() {
    CandidateProfile p = exactDispatcher("C1", "王芳").level(DISPATCH, 5).level(IT, 1).selfAssessed(SERVICE, 2).build();
    PostModel model = SampleModels.vehicleDispatcherCompensating();

    FitCalculator.Score score = model.calculator().score(p);
    FitResult result = model.evaluate(p);

    assertThat(score.fit()).isEqualTo(result.fit());
    assertThat(score.eligible()).isEqualTo(result.eligible());
    assertThat(score.unprovenCount()).isEqualTo(result.unprovenCount());
  }

  @Test
  void theFormulaIsStatedInChinese() {
    assertThat(FitFormula.statementFor(dispatcher)).startsWith("匹配度 = 1 − Σ(权重 × max(0, 要求等级 − 实际等级)) ÷ Σ(权重 × 要求等级)")
        .doesNotContain("超配抵补");
    assertThat(FitFormula.statementFor(SampleModels.vehicleDispatcherCompensating())).contains("超配抵补", "失分之和 ÷ 2");
  }

  private static RequirementFit row(FitResult result, CompetencyCode code) {
    return result.breakdown().stream().filter(r -> r.competency().equals(code)).findFirst().orElseThrow();
  }
}
