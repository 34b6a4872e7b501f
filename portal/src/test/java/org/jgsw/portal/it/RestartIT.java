package org.jgsw.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.ItSettings;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PayaraMicroProcess;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The embedded portal keeps its data across a restart and loads the demo data only once. Starts the
 * built WAR on Payara Micro twice on one data directory, as an operator would (no Arquillian).
 */
@DisabledIfSystemProperty(named = "it.leg", matches = "h2|postgres", disabledReason = "runs in its own failsafe execution it-restart")
class RestartIT {

  private static final long DEMO_PEOPLE = 300;

  @Test
  void restartKeepsDataAndDoesNotLoadDemoDataTwice() throws IOException {
    Path dataDir = Files.createDirectories(ItSettings.dataDir().resolve("restart"));
    String username = "it-restart-" + Long.toString(System.currentTimeMillis(), 36);
    String password = "Restart-Test-2025";

    try (PayaraMicroProcess first = PayaraMicroProcess.start(dataDir, log("first"), "-Dportal.demo-data=true")) {
      assertThat(peopleCount(first)).as("people after the first start").isEqualTo(DEMO_PEOPLE);
      HttpResult created = admin(first).postJson("/api/admin/users", JsonBody.toJson(Map.of(
          "username", username, "displayName", "重启测试", "password", password, "roles", List.of("STAFF"))));
      assertThat(created.status()).as("POST /api/admin/users: " + created.describe()).isEqualTo(201);
    }

    try (PayaraMicroProcess second = PayaraMicroProcess.start(dataDir, log("second"), "-Dportal.demo-data=true")) {
      assertThat(peopleCount(second)).as("people after the restart (demo data must not load twice)").isEqualTo(DEMO_PEOPLE);
      HttpResult me = PortalHttp.basic(second.context(), username, password).get("/api/me");
      assertThat(me.status()).as("user created before the restart signs in: " + me.describe()).isEqualTo(200);
      assertThat(JsonBody.object(me)).containsEntry("username", username);
    }
  }

  private static long peopleCount(PayaraMicroProcess server) {
    HttpResult people = admin(server).get("/api/people");
    assertThat(people.status()).as("GET /api/people: " + people.describe()).isEqualTo(200);
    return JsonBody.total(people);
  }

  private static PortalHttp admin(PayaraMicroProcess server) {
    return PortalHttp.basic(server.context(), Caller.ADMIN.username(), Caller.ADMIN.password());
  }

  private static Path log(String name) throws IOException {
    return Files.createDirectories(ItSettings.dataDir()).resolve("restart-" + name + ".log");
  }
}
