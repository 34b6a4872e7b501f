package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jgsw.competency.testdata.SampleCompetencies.dispatch;
import static org.jgsw.competency.testdata.SampleCompetencies.vehicleSafety;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.GapTrend.CompetencyGap;
import org.jgsw.competency.domain.GapTrend.Member;
import org.jgsw.competency.testdata.SampleModels;
import org.junit.jupiter.api.Test;

/**
 * The cockpit's gap movement: each quarter's gaps come from the evidence dated up to that quarter's
 * end, read by the current-level rule, against the post model (dispatcher: 公务用车调度 r4 w3,
 * 车辆安全管理 r3 w2, six requirements in all).
 */
class GapTrendTest {

  private static final PostModel DISPATCHER = SampleModels.vehicleDispatcher();
  private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);
  private static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);
  private static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);

  @Test
  void quarterEndsAreTheLastDaysOfTheCurrentAndPreviousQuartersOldestFirst() {
    assertThat(GapTrend.quarterEnds(LocalDate.of(2026, 11, 27), 4))
        .containsExactly(Q1_END, Q2_END, Q3_END, LocalDate.of(2026, 12, 31));
    assertThat(GapTrend.quarterEnds(LocalDate.of(2026, 2, 28), 3))
        .containsExactly(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31), Q1_END);
    assertThat(GapTrend.quarterEnds(Q3_END, 1)).containsExactly(Q3_END);
    assertThat(GapTrend.quarterName(LocalDate.of(2026, 11, 27))).isEqualTo("2026Q4");
    assertThat(GapTrend.quarterName(Q1_END)).isEqualTo("2026Q1");
    assertThatThrownBy(() -> GapTrend.quarterEnds(Q1_END, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRatingCountsFromTheQuarterOfItsDateOnAndLaterRatingsReplaceItAsTheRuleSays() {
    Member li = new Member("S1", DISPATCHER, List.of(
        rating(dispatch().code(), 2, EvidenceSource.ASSESSMENT, LocalDate.of(2026, 2, 10)),
        rating(dispatch().code(), 4, EvidenceSource.SUPERVISOR_RATING, LocalDate.of(2026, 8, 1)),
        // a self-assessment never lifts a verified level
        rating(vehicleSafety().code(), 5, EvidenceSource.SELF_ASSESSMENT, LocalDate.of(2026, 5, 1)),
        rating(vehicleSafety().code(), 1, EvidenceSource.ASSESSMENT, LocalDate.of(2026, 4, 1))));

    Map<LocalDate, List<CompetencyGap>> trend = GapTrend.over(List.of(li), List.of(Q1_END, Q2_END, Q3_END));

    // Q1: dispatch 2 of 4 (gap 2, × 3 = 6); vehicle safety not assessed yet (gap 3, × 2 = 6)
    assertThat(gap(trend.get(Q1_END), dispatch().code())).extracting(CompetencyGap::people, CompetencyGap::levelsMissing,
        CompetencyGap::weightedGap).containsExactly(1, 2, 6.0);
    assertThat(gap(trend.get(Q1_END), vehicleSafety().code()).levelsMissing()).isEqualTo(3);
    // Q2: vehicle safety assessed at 1 (the self-assessment of 5 does not count): gap 2
    assertThat(gap(trend.get(Q2_END), vehicleSafety().code()).levelsMissing()).isEqualTo(2);
    // Q3: the supervisor rating of 4 closes the dispatch gap
    assertThat(trend.get(Q3_END)).extracting(CompetencyGap::competency).doesNotContain(dispatch().code());
    assertThat(gap(trend.get(Q3_END), vehicleSafety().code()).weightedGap()).isEqualTo(4.0);
  }

  @Test
  void countsPeopleWithAGapAndAveragesOverThemLargestAverageGapTimesWeightFirst() {
    Member none = new Member("S1", DISPATCHER, List.of());
    Member some = new Member("S2", DISPATCHER, List.of(
        rating(dispatch().code(), 3, EvidenceSource.ASSESSMENT, LocalDate.of(2026, 1, 5)),
        rating(vehicleSafety().code(), 3, EvidenceSource.ASSESSMENT, LocalDate.of(2026, 1, 5))));

    List<CompetencyGap> gaps = GapTrend.at(List.of(none, some), Q1_END);

    CompetencyGap dispatchGap = gap(gaps, dispatch().code());
    assertThat(dispatchGap.people()).isEqualTo(2);
    assertThat(dispatchGap.averageGap()).isEqualTo(2.5); // (4 + 1) / 2
    assertThat(dispatchGap.averageWeightedGap()).isEqualTo(7.5); // (12 + 3) / 2
    assertThat(gap(gaps, vehicleSafety().code()).people()).isEqualTo(1); // S2 meets it
    assertThat(gaps.get(0)).isEqualTo(dispatchGap);
    assertThat(gaps).isSortedAccordingTo(GapTrend.LARGEST_FIRST);
    assertThat(GapTrend.at(List.of(), Q1_END)).isEmpty();
  }

  private static Evidence rating(CompetencyCode code, int level, EvidenceSource source, LocalDate date) {
    return Evidence.of(code, level, source, date, "测试");
  }

  private static CompetencyGap gap(List<CompetencyGap> gaps, CompetencyCode code) {
    return gaps.stream().filter(g -> g.competency().equals(code)).findFirst().orElseThrow();
  }
}
