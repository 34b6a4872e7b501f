package org.jgsw.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonErrorTest {

  @Test
  void writesTheErrorShapeWithEscapedText() {
    assertThat(JsonError.of(401, "invalid_credentials", "用户名或密码错误"))
        .isEqualTo("{\"status\":401,\"error\":\"invalid_credentials\",\"message\":\"用户名或密码错误\"}");
    assertThat(JsonError.of(400, "x", "a \"quoted\" \\ line\nbreak\u0001"))
        .isEqualTo("{\"status\":400,\"error\":\"x\",\"message\":\"a \\\"quoted\\\" \\\\ line\\nbreak\\u0001\"}");
  }
}
