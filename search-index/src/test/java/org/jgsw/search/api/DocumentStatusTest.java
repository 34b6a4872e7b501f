package org.jgsw.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentStatusTest {

  @Test
  void labelsAreTheChineseNamesShownToUsers() {
    assertThat(DocumentStatus.CURRENT.label()).isEqualTo("现行有效");
    assertThat(DocumentStatus.REPEALED.label()).isEqualTo("已废止");
    assertThat(DocumentStatus.UPCOMING.label()).isEqualTo("即将实施");
  }

  @Test
  void everyStatusHasItsOwnLabel() {
    assertThat(Arrays.stream(DocumentStatus.values()).map(DocumentStatus::label))
        .doesNotHaveDuplicates()
        .allSatisfy(label -> assertThat(label).isNotBlank());
  }
}
