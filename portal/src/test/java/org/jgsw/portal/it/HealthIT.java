package org.jgsw.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.junit.jupiter.api.Test;

/** Operations endpoints Payara Micro serves on the server root: health checks and the OpenAPI document. */
@PortalIT
@RunAsClient
class HealthIT {

  @ArquillianResource URL portal;

  @Test
  @SuppressWarnings("unchecked")
  void readinessIsUpWithDatabaseAndIndexDirectoryChecks() {
    PortalHttp http = PortalHttp.anonymous(portal);
    HttpResult result = http.getAbsolute(http.serverRoot().resolve("/health/ready"));

    assertThat(result.status()).as(result.describe()).isEqualTo(200);
    Map<String, Object> health = JsonBody.object(result);
    assertThat(health).as(result.describe()).containsEntry("status", "UP");
    List<Map<String, Object>> checks = (List<Map<String, Object>>) health.get("checks");
    assertThat(checks).as(result.describe())
        .extracting(c -> c.get("name"))
        .contains("database", "index-directory");
    assertThat(checks).as(result.describe()).allSatisfy(c -> assertThat(c).containsEntry("status", "UP"));
  }

  @Test
  void openApiDocumentListsTheMeResource() {
    PortalHttp http = PortalHttp.anonymous(portal);
    HttpResult result = http.getAbsolute(http.serverRoot().resolve("/openapi"));

    assertThat(result.status()).as(result.describe()).isEqualTo(200);
    assertThat(result.body()).as(result.describe()).contains("/api/me");
  }
}
