package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompetencyCodeTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GEN-COMM     | GEN-COMM",
        "'  gen-comm '| GEN-COMM",
        "Pro_Fin_01   | PRO_FIN_01",
        "ab           | AB",
        "ＧＥＮ－ＣＯＭＭ | GEN-COMM", // typed with a Chinese IME in full-width mode
        "'　GEN　'     | GEN" // ideographic spaces around it
      })
  void isTrimmedFoldedAndUpperCased(String input, String expected) {
    assertThat(CompetencyCode.of(input).value()).isEqualTo(expected);
  }

  @Test
  void codesTypedDifferentlyAreEqual() {
    assertThat(CompetencyCode.of(" gen-comm")).isEqualTo(CompetencyCode.of("GEN-COMM"));
  }

  @Test
  void acceptsThirtyTwoCharactersButNotThirtyThree() {
    String thirtyTwo = "A" + "1".repeat(31);

    assertThat(CompetencyCode.of(thirtyTwo).value()).hasSize(32);
    assertThatIllegalArgumentException().isThrownBy(() -> CompetencyCode.of(thirtyTwo + "1"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t", "　"})
  void rejectsMissingCodes(String input) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompetencyCode.of(input))
        .withMessage("能力编码不能为空");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "1ABC", "_ABC", "-ABC", "GEN COMM", "GEN.COMM", "沟通能力", "GEN/COMM"})
  void rejectsMalformedCodesWithAChineseMessage(String input) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompetencyCode.of(input))
        .withMessageStartingWith("能力编码格式不正确");
  }

  @Test
  void printsAsTheCodeItself() {
    assertThat(CompetencyCode.of("gen-comm")).hasToString("GEN-COMM");
  }
}
