package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlanKindTest {

  @Test
  void labelsAreTheChineseNamesShownToUsers() {
    assertThat(PlanKind.GENERAL.label()).isEqualTo("通用培训计划");
    assertThat(PlanKind.SPECIAL.label()).isEqualTo("专项培训计划");
  }

  @Test
  void everyKindHasItsOwnLabel() {
    assertThat(Arrays.stream(PlanKind.values()).map(PlanKind::label))
        .doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank());
  }
}
