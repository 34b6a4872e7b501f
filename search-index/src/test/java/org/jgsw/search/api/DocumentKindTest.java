package org.jgsw.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

  @Test
  void labelsAreTheChineseNamesShownToUsers() {
    assertThat(DocumentKind.STANDARD.label()).isEqualTo("标准");
    assertThat(DocumentKind.REGULATION.label()).isEqualTo("制度法规");
    assertThat(DocumentKind.CASE.label()).isEqualTo("典型案例");
  }

  @Test
  void everyKindHasItsOwnLabel() {
    assertThat(Arrays.stream(DocumentKind.values()).map(DocumentKind::label))
        .doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank());
  }
}
