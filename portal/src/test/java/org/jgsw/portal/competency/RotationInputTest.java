package org.jgsw.portal.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotationInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final Set<String> DICTIONARY = Set.of("GEN-SERV", "GEN-TEAM");

  private static RotationInput secondment(LocalDate from, LocalDate to, Map<String, Integer> ratings) {
    return new RotationInput(RotationKind.SECONDMENT, "芜湖市机关事务管理局", from, to, "表现良好", ratings);
  }

  @Test
  void aFinishedStayWithKnownCompetenciesRatedOneToFiveHasNoProblems() {
    RotationInput ok = secondment(TODAY.minusMonths(6), TODAY, Map.of("GEN-SERV", 4, "GEN-TEAM", 1));

    assertThat(ok.problems(TODAY, DICTIONARY::contains)).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    RotationInput bad = new RotationInput(null, " ", null, TODAY.plusDays(1), "x".repeat(1001), Map.of("NO-SUCH", 6));

    assertThat(bad.problems(TODAY, DICTIONARY::contains)).containsExactly("rotation.error.kind", "rotation.error.hostUnit",
        "rotation.error.from", "rotation.error.toFuture", "rotation.error.evaluation", "rotation.error.competencyUnknown",
        "rating.error.level");
  }

  @Test
  void theEndMayNotComeBeforeTheStart_andSomethingMustBeRated() {
    RotationInput reversed = secondment(TODAY.minusDays(1), TODAY.minusDays(10), Map.of());

    assertThat(reversed.problems(TODAY, DICTIONARY::contains)).containsExactly("rotation.error.order", "rotation.error.ratings");
  }

  @Test
  void aRecordsEvidenceNamesTheKindAndTheHostUnit() {
    RotationRecord record = new RotationRecord(7L, secondment(TODAY.minusMonths(3), TODAY, Map.of("GEN-SERV", 4)), "陈静（人事处）");

    assertThat(record.evidenceDetail()).isEqualTo("挂职：芜湖市机关事务管理局");
    assertThat(record.getRatings()).extracting(RotationRating::getCompetencyCode, RotationRating::getLevel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GEN-SERV", 4));
    assertThat(record.getKindKey()).isEqualTo("rotation.kind.SECONDMENT");
  }
}
