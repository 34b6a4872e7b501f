package org.jgsw.portal.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.competency.domain.CompetencyCode;
import org.junit.jupiter.api.Test;

class CompetencyTargetsFieldTest {

  private static final Set<String> DICTIONARY = Set.of("GEN-COMM", "GEN-LAW", "PRO-VEH");

  private static CompetencyTargetsField.Parsed parse(String text) {
    return CompetencyTargetsField.parse(text,
        code -> DICTIONARY.contains(code.value()) ? Optional.of(code.value()) : Optional.<String>empty());
  }

  @Test
  void readsCodesWithLevelsAndTheDefaultLevel() {
    var parsed = parse("GEN-COMM:4, gen-law；PRO-VEH：2");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.targets()).containsExactly(Map.entry("GEN-COMM", 4), Map.entry("GEN-LAW", 3), Map.entry("PRO-VEH", 2));
  }

  @Test
  void anEmptyFieldTrainsNothing() {
    assertThat(parse("").targets()).isEmpty();
    assertThat(parse(null).problems()).isEmpty();
    assertThat(parse(" ,， ").targets()).isEmpty();
  }

  @Test
  void aCodeOutsideTheDictionaryIsRefusedWithItsName() {
    var parsed = parse("GEN-COMM:3, GEN-XYZ:2");
    assertThat(parsed.problems()).containsExactly("能力编码「GEN-XYZ」不在能力词典中");
  }

  @Test
  void levelsOutsideOneToFiveOrNotNumbersAreRefused() {
    var parsed = parse("GEN-COMM:0, GEN-LAW:六, PRO-VEH:9");
    assertThat(parsed.targets()).isEmpty();
    assertThat(parsed.problems()).containsExactly(
        "能力「GEN-COMM」的训练等级应为 1–5 的整数，实际为「0」",
        "能力「GEN-LAW」的训练等级应为 1–5 的整数，实际为「六」",
        "能力「PRO-VEH」的训练等级应为 1–5 的整数，实际为「9」");
  }

  @Test
  void malformedItemsAreRefusedNotThrown() {
    var parsed = parse("GEN-COMM:3:1, 1ABC, :2");
    assertThat(parsed.targets()).isEmpty();
    assertThat(parsed.problems()).hasSize(3);
    assertThat(parsed.problems().get(0)).contains("编码:等级");
    assertThat(parsed.problems().get(1)).startsWith("能力编码格式不正确");
    assertThat(parsed.problems().get(2)).isEqualTo("能力编码不能为空");
  }

  @Test
  void theDictionarysSpellingIsKept() {
    var parsed = CompetencyTargetsField.parse("ｇｅｎ-comm:2", code -> Optional.of(CompetencyCode.of(code.value()).value()));
    assertThat(parsed.targets()).containsExactly(Map.entry("GEN-COMM", 2));
  }
}
