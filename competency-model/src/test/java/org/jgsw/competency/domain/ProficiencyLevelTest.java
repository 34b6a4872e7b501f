package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProficiencyLevelTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void acceptsOneToFive(int value) {
    assertThat(ProficiencyLevel.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 6, 10, Integer.MAX_VALUE})
  void rejectsAnythingElseWithAChineseMessage(int value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProficiencyLevel.of(value))
        .withMessageContaining("熟练等级必须在 1 到 5 之间")
        .withMessageContaining(String.valueOf(value));
  }

  @Test
  void levelsWithTheSameValueAreEqual() {
    assertThat(ProficiencyLevel.of(3)).isEqualTo(new ProficiencyLevel(3)).hasSameHashCodeAs(ProficiencyLevel.of(3));
  }

  @Test
  void sortsFromLowestToHighest() {
    List<ProficiencyLevel> levels =
        new ArrayList<>(List.of(ProficiencyLevel.of(4), ProficiencyLevel.of(1), ProficiencyLevel.of(3)));

    Collections.sort(levels);

    assertThat(levels).containsExactly(ProficiencyLevel.of(1), ProficiencyLevel.of(3), ProficiencyLevel.of(4));
    assertThat(Collections.max(levels)).isEqualTo(ProficiencyLevel.of(4));
  }

  @Test
  void aHigherOrEqualLevelMeetsTheRequirement() {
    ProficiencyLevel required = ProficiencyLevel.of(3);

    assertThat(ProficiencyLevel.of(3).isAtLeast(required)).isTrue();
    assertThat(ProficiencyLevel.of(5).isAtLeast(required)).isTrue();
    assertThat(ProficiencyLevel.of(2).isAtLeast(required)).isFalse();
  }
}
