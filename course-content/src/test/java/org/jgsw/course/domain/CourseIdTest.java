package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseIdTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 42, Long.MAX_VALUE})
  void acceptsPositiveValues(long value) {
    assertThat(CourseId.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void rejectsZeroAndNegativeValuesWithAChineseMessage(long value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CourseId.of(value))
        .withMessageStartingWith("课程编号必须为正整数");
  }

  @Test
  void idsWithTheSameValueAreEqual() {
    assertThat(CourseId.of(7)).isEqualTo(new CourseId(7)).isNotEqualTo(CourseId.of(8));
  }
}
