package org.jgsw.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnToTest {

  @Test
  void keepsOnlyPathsInsideThePortal() {
    assertThat(ReturnTo.isLocalPath("/admin/units.xhtml")).isTrue();
    assertThat(ReturnTo.isLocalPath("/library/index.xhtml?q=公务用车")).isTrue();
    assertThat(ReturnTo.isLocalPath("//evil.example/x")).isFalse();
    assertThat(ReturnTo.isLocalPath("https://evil.example/")).isFalse();
    assertThat(ReturnTo.isLocalPath("/\\evil.example")).isFalse();
    assertThat(ReturnTo.isLocalPath("/login.xhtml")).isFalse();
    assertThat(ReturnTo.isLocalPath(null)).isFalse();
  }
}
