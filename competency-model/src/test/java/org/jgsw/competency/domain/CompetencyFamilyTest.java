package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompetencyFamilyTest {

  @Test
  void labelsAreTheChineseNamesShownToUsers() {
    assertThat(CompetencyFamily.GENERAL.label()).isEqualTo("通用能力");
    assertThat(CompetencyFamily.PROFESSIONAL.label()).isEqualTo("专业技能");
  }

  @Test
  void everyFamilyHasItsOwnLabel() {
    assertThat(Arrays.stream(CompetencyFamily.values()).map(CompetencyFamily::label))
        .doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank());
  }
}
