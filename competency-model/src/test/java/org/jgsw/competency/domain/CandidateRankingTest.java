package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jgsw.competency.testdata.SampleCompetencies.*;
import static org.jgsw.competency.testdata.SampleProfiles.exactDispatcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.jgsw.competency.testdata.SampleModels;
import org.jgsw.competency.testdata.SampleProfiles;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

  private final PostModel dispatcher = SampleModels.vehicleDispatcher();

  private final List<CandidateProfile> people = List.of(
      SampleProfiles.liMing(),                                                        // 0.84375
      exactDispatcher("C-02", "王芳").build(),                                          // 1.0, all proven
      exactDispatcher("C-03", "张伟").selfAssessed(DISPATCH, 4).build(),                 // 1.0, 1 unproven
      exactDispatcher("C-04", "赵敏").level(IT, 1).build(),                              // 1 − 1/32
      exactDispatcher("C-05", "孙丽").level(COMMUNICATION, 1).build(),                   // ineligible
      exactDispatcher("C-06", "李娜").level(SERVICE, 2).build(),                         // 1 − 1/32
      exactDispatcher("C-07", "李娜").level(VEHICLE_SAFETY, 2).selfAssessed(IT, 3).build(), // 1 − 2/32, 1 unproven
      exactDispatcher("C-08", "周杰").age(50).build());                                   // ineligible

  @Test
  void ranksByFitThenFewerUnprovenThenNameThenId() {
    Ranking ranking = CandidateRanking.rank(dispatcher, people, 10);

    assertThat(ranking.model()).isEqualTo(dispatcher.id());
    assertThat(ranking.evaluatedCount()).isEqualTo(8);
    assertThat(ranking.eligibleCount()).isEqualTo(6);
    // 王芳 and 张伟 both fit 1: 王芳 has no unproven level. 李娜 (C-06) and 赵敏 tie at 31/32 with
    // nothing unproven: 李 (U+674E) sorts before 赵 (U+8D75).
    assertThat(ranking.ranked()).extracting(r -> r.result().personId())
        .containsExactly("C-02", "C-03", "C-06", "C-04", "C-07", "S-001");
    assertThat(ranking.ranked()).extracting(RankedCandidate::rank).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(ranking.ranked().get(0).result().breakdown()).hasSize(6);
  }

  @Test
  void ineligiblePeopleAreListedApartWithTheirReasons() {
    Ranking ranking = CandidateRanking.rank(dispatcher, people, 10);

    assertThat(ranking.ineligible()).extracting(IneligibleCandidate::personId).containsExactly("C-08", "C-05"); // 周 U+5468 before 孙 U+5B59
    assertThat(ranking.ineligible().get(0).reasons()).containsExactly("年龄要求 22–45 岁，实际 50 岁");
    assertThat(ranking.ineligible().get(1).reasons()).containsExactly("沟通协调 要求 3 级，实际 1 级");
    assertThat(ranking.formula()).isEqualTo(FitFormula.STATEMENT);
  }

  @Test
  void anIneligibleLimitListsTheFirstByNameButCountsEveryone() {
    Ranking one = CandidateRanking.rank(dispatcher, people, 10, 1);

    assertThat(one.ineligible()).extracting(IneligibleCandidate::personId).containsExactly("C-08");
    assertThat(one.ineligible().get(0).reasons()).containsExactly("年龄要求 22–45 岁，实际 50 岁");
    assertThat(one.ineligibleCount()).isEqualTo(2);
    assertThat(one.ranked()).hasSize(6);
    Ranking none = CandidateRanking.rank(dispatcher, people, 10, 0);
    assertThat(none.ineligible()).isEmpty();
    assertThat(none.ineligibleCount()).isEqualTo(2);
    assertThat(CandidateRanking.rank(dispatcher, people, 10).ineligibleCount()).isEqualTo(2);
  }

  @Test
  void sameNameTiesFallBackToTheId() {
    List<CandidateProfile> twins = List.of(exactDispatcher("B", "李娜").build(), exactDispatcher("A", "李娜").build());

    assertThat(CandidateRanking.rank(dispatcher, twins, 2).ranked()).extracting(r -> r.result().personId()).containsExactly("A", "B");
  }

  @Test
  void onlyTheTopAreExplainedButAllEligibleAreCounted() {
    Ranking ranking = CandidateRanking.rank(dispatcher, people, 2);

    assertThat(ranking.ranked()).extracting(r -> r.result().personId()).containsExactly("C-02", "C-03");
    assertThat(ranking.eligibleCount()).isEqualTo(6);
  }

  @Test
  void theTopOfManyIsTheTopOfAFullSort() {
    Random random = new Random(7);
    List<CompetencyCode> codes = List.of(POLITICS, COMMUNICATION, SERVICE, DISPATCH, VEHICLE_SAFETY, IT);
    List<CandidateProfile> many = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      SampleProfiles.Builder b = SampleProfiles.person("P" + i, "候选人" + random.nextInt(50)).age(20 + random.nextInt(30));
      for (CompetencyCode code : codes) {
        int roll = random.nextInt(7);
        if (roll == 6) continue; // missing
        if (random.nextBoolean()) b.level(code, 1 + roll % 5); else b.selfAssessed(code, 1 + roll % 5);
      }
      many.add(b.build());
    }
    PostModel model = SampleModels.vehicleDispatcherCompensating();
    Comparator<FitResult> order = Comparator.comparingLong((FitResult r) -> -Math.round(r.fit() * 1e9))
        .thenComparingInt(FitResult::unprovenCount).thenComparing(FitResult::name).thenComparing(FitResult::personId);
    List<String> fullSort = many.stream().map(model::evaluate).filter(FitResult::eligible).sorted(order)
        .map(FitResult::personId).limit(100).toList();

    Ranking ranking = CandidateRanking.rank(model, many, 100);

    assertThat(ranking.ranked()).extracting(r -> r.result().personId()).containsExactlyElementsOf(fullSort);
    assertThat(ranking.eligibleCount() + ranking.ineligible().size()).isEqualTo(2_000);
    Ranking limited = CandidateRanking.rank(model, many, 100, 50);
    List<String> firstIneligible = ranking.ineligible().stream().map(IneligibleCandidate::personId).limit(50).toList();
    assertThat(limited.ineligible()).extracting(IneligibleCandidate::personId).containsExactlyElementsOf(firstIneligible);
    assertThat(limited.ineligibleCount()).isEqualTo(ranking.ineligible().size());
  }

  @Test
  void emptyInputRanksNobody() {
    Ranking ranking = CandidateRanking.rank(dispatcher, List.of(), 100);

    assertThat(ranking.ranked()).isEmpty();
    assertThat(ranking.ineligible()).isEmpty();
  }

  @Test
  void theLimitMustBePositive() {
    assertThatIllegalArgumentException().isThrownBy(() -> CandidateRanking.rank(dispatcher, people, 0));
  }
}
