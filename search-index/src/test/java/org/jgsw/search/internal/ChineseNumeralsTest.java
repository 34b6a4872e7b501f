package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"一,1", "十,10", "十二,12", "二十,20", "二十六,26", "一百,100", "一百零五,105", "一百一十,110",
      "两千,2000", "三千零一,3001", "一万二千,12000", "二〇一七,2017", "12,12", "１２,12", "零,0"})
  void readsChineseNumerals(String text, int value) {
    assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "条", "十a", "abc"})
  void rejectsWhatIsNoNumber(String text) {
    assertThat(ChineseNumerals.parse(text)).isEqualTo(-1);
  }
}
