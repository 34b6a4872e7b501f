package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditHoursTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource({"0, 0.0", "2, 2.0", "1.5, 1.5", "2.50, 2.5", "' 3.0 ', 3.0", "12.0, 12.0"})
  void parsesTextToOneDecimalPlace(String text, String expected) {
    CreditHours hours = CreditHours.of(text);

    assertThat(hours.value()).isEqualTo(new BigDecimal(expected));
    assertThat(hours.value().scale()).isEqualTo(1);
  }

  @Test
  void convertsDoublesWithoutBinaryNoise() {
    assertThat(CreditHours.of(0.1).value()).isEqualTo(new BigDecimal("0.1"));
    assertThat(CreditHours.of(1.5)).isEqualTo(CreditHours.of("1.5"));
    assertThat(CreditHours.of(2)).isEqualTo(CreditHours.of("2.0"));
  }

  @Test
  void amountsWrittenDifferentlyAreEqual() {
    assertThat(CreditHours.of("2"))
        .isEqualTo(CreditHours.of("2.00"))
        .isEqualTo(new CreditHours(new BigDecimal("2.0")))
        .hasSameHashCodeAs(CreditHours.of("2.00"));
  }

  @Test
  void zeroIsZero() {
    assertThat(CreditHours.ZERO).isEqualTo(CreditHours.of("0")).hasToString("0.0");
  }

  @Test
  void rejectsNegativeAmounts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditHours.of("-0.5"))
        .withMessageStartingWith("学时不能为负数");
    assertThatIllegalArgumentException().isThrownBy(() -> CreditHours.of(-1.0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.25", "1.05", "0.01"})
  void rejectsMoreThanOneDecimalPlaceInsteadOfRounding(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditHours.of(text))
        .withMessageStartingWith("学时最多保留一位小数");
  }

  @Test
  void rejectsTheNoiseOfDoubleArithmeticRatherThanHidingIt() {
    assertThatIllegalArgumentException().isThrownBy(() -> CreditHours.of(0.1 + 0.2));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "abc", "1,5", "一点五"})
  void rejectsTextThatIsNotAnAmount(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> CreditHours.of(text));
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsDoublesThatAreNotNumbers(double value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditHours.of(value))
        .withMessageStartingWith("学时格式不正确");
  }

  @Test
  void rejectsNull() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CreditHours(null))
        .withMessage("学时不能为空");
  }

  @Test
  void addsUp() {
    CreditHours total =
        Stream.of("1.5", "0.5", "2.0").map(CreditHours::of).reduce(CreditHours.ZERO, CreditHours::plus);

    assertThat(total).isEqualTo(CreditHours.of("4.0"));
    assertThat(CreditHours.of(0.1).plus(CreditHours.of(0.2))).isEqualTo(CreditHours.of("0.3"));
  }

  @Test
  void reachesARequirementWhenEqualOrGreater() {
    CreditHours required = CreditHours.of("8");

    assertThat(CreditHours.of("8.0").isAtLeast(required)).isTrue();
    assertThat(CreditHours.of("8.5").isAtLeast(required)).isTrue();
    assertThat(CreditHours.of("7.9").isAtLeast(required)).isFalse();
    assertThat(CreditHours.ZERO.isAtLeast(CreditHours.ZERO)).isTrue();
  }

  @Test
  void ordersByAmount() {
    assertThat(Stream.of("2.5", "0", "10", "1.5").map(CreditHours::of).sorted())
        .containsExactly(
            CreditHours.ZERO, CreditHours.of("1.5"), CreditHours.of("2.5"), CreditHours.of("10"));
  }

  @Test
  void printsAsAPlainNumber() {
    assertThat(CreditHours.of("1.5")).hasToString("1.5");
    assertThat(CreditHours.of("1E+2")).hasToString("100.0");
  }
}
