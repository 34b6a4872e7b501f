package org.jgsw.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpPortTest {

  @Test
  void readsThePortOptionOfPayaraMicro() {
    assertThat(HttpPort.fromCommandLine("payara-micro.jar --nocluster --port 9090 --deploy portal.war")).isEqualTo(9090);
    assertThat(HttpPort.fromCommandLine("payara-micro.jar --port=8181")).isEqualTo(8181);
  }

  @Test
  void defaultsToPayaraMicrosDefaultPort() {
    assertThat(HttpPort.fromCommandLine("payara-micro.jar --deploy portal.war --sslport 8443")).isEqualTo(8080);
    assertThat(HttpPort.fromCommandLine(null)).isEqualTo(8080);
  }
}
