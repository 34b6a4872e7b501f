package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jgsw.competency.testdata.SampleCompetencies.*;
import static org.jgsw.competency.testdata.SampleProfiles.exactDispatcher;

import java.util.List;
import java.util.Map;
import org.jgsw.competency.testdata.SampleModels;
import org.jgsw.competency.testdata.SampleProfiles;
import org.junit.jupiter.api.Test;

class GapAndPipelineTest {

  @Test
  void gapsAreSortedByGapTimesWeight() {
    // 政治素养 r3 c2 w1 → 1; 沟通协调 r3 c2 w2 → 2; 调度 r4 c2 w3 → 6; 信息化 r2 missing w1 → 2
    CandidateProfile p = exactDispatcher("S-1", "李明")
        .level(POLITICS, 2).level(COMMUNICATION, 2).level(DISPATCH, 2).without(IT).build();

    GapReport report = SampleModels.vehicleDispatcher().gapsOf(p);

    assertThat(report.model()).isEqualTo(PostModelId.of("VEH-DISPATCH", 1));
    assertThat(report.personId()).isEqualTo("S-1");
    // 沟通协调 and 信息化应用 tie at 2: the must-have first
    assertThat(report.gaps()).extracting(Gap::competency).containsExactly(DISPATCH, COMMUNICATION, IT, POLITICS);
    assertThat(report.gaps()).extracting(Gap::priority).containsExactly(6.0, 2.0, 2.0, 1.0);
    Gap it = report.gaps().get(2);
    assertThat(it.missing()).isTrue();
    assertThat(it.current()).isZero();
    assertThat(it.size()).isEqualTo(2);
    assertThat(it.proven()).isFalse();
  }

  @Test
  void metRequirementsAreNoGaps() {
    assertThat(SampleModels.vehicleDispatcher().gapsOf(exactDispatcher("S-2", "王芳").level(DISPATCH, 5).build()).isEmpty()).isTrue();
  }

  @Test
  void tiersFollowTheThresholds() {
    assertThat(TalentPipeline.tierOf(0.90, true)).isEqualTo(TalentTier.READY_NOW);
    assertThat(TalentPipeline.tierOf(0.9 - 1e-12, true)).isEqualTo(TalentTier.READY_NOW); // floating point noise
    assertThat(TalentPipeline.tierOf(0.95, false)).isEqualTo(TalentTier.READY_1_2_YEARS);
    assertThat(TalentPipeline.tierOf(0.89, true)).isEqualTo(TalentTier.READY_1_2_YEARS);
    assertThat(TalentPipeline.tierOf(0.75, false)).isEqualTo(TalentTier.READY_1_2_YEARS);
    assertThat(TalentPipeline.tierOf(0.7499, true)).isEqualTo(TalentTier.DEVELOPING);
  }

  @Test
  void aPersonIsPlacedByTheBestPostAbove() {
    // chief (W = 28): 沟通 r4 c3 w2 → 2; 依法行政 r4 c4; 调度 r4 c4 → fit 1 − 2/28 ≈ 0.9286 → READY_NOW
    // reception (W = 31): 沟通 c3 < r4 must-have → ineligible
    CandidateProfile p = exactDispatcher("S-3", "张伟").level(LAW, 4).build();

    TierPlacement placement =
        TalentPipeline.place(p, List.of(SampleModels.receptionOfficer(), SampleModels.vehicleChief())).orElseThrow();

    assertThat(placement.tier()).isEqualTo(TalentTier.READY_NOW);
    assertThat(placement.bestModel()).isEqualTo(SampleModels.vehicleChief().id());
    assertThat(placement.fit()).isEqualTo(1 - 2.0 / 28);
  }

  @Test
  void nobodyAboveNoPlacement() {
    assertThat(TalentPipeline.place(SampleProfiles.liMing(), List.of())).isEmpty();
  }

  @Test
  void placementsAreGroupedByTier() {
    PostModel chief = SampleModels.vehicleChief();
    List<TierPlacement> placements = List.of(
        TalentPipeline.place(exactDispatcher("A", "甲").level(LAW, 4).build(), List.of(chief)).orElseThrow(),
        TalentPipeline.place(exactDispatcher("B", "乙").level(LAW, 2).build(), List.of(chief)).orElseThrow(), // 1 − 6/28 ≈ 0.786
        TalentPipeline.place(SampleProfiles.liMing(), List.of(chief)).orElseThrow()); // 1 − (2+8+3)/28 ≈ 0.536

    Map<TalentTier, List<TierPlacement>> tiers = TalentPipeline.group(placements);

    assertThat(tiers.get(TalentTier.READY_NOW)).extracting(TierPlacement::personId).containsExactly("A");
    assertThat(tiers.get(TalentTier.READY_1_2_YEARS)).extracting(TierPlacement::personId).containsExactly("B");
    assertThat(tiers.get(TalentTier.DEVELOPING)).extracting(TierPlacement::personId).containsExactly("S-001");
  }
}
