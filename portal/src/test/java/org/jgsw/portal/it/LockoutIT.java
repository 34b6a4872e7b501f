package org.jgsw.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.support.FormLogin;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;

/**
 * Five wrong passwords in a row lock an account (portal.login.max-failures = 5): then even the right
 * password is refused, by the API and by the login page, and the audit log shows the failures.
 * Uses a throwaway account so the demo accounts of the other tests are never locked.
 */
@PortalIT
@RunAsClient
class LockoutIT {

  private static final int MAX_FAILURES = 5;
  private static final String PASSWORD = "Lockout-Test-2025";

  @ArquillianResource URL portal;

  @Test
  void fiveWrongPasswordsLockTheAccount() {
    String username = "it-lock-" + Long.toString(System.currentTimeMillis(), 36) + ThreadLocalRandom.current().nextInt(100, 999);
    createUser(username);
    HttpResult first = PortalHttp.basic(portal, username, PASSWORD).get("/api/me");
    assertThat(first.status()).as("new account can sign in: " + first.describe()).isEqualTo(200);

    for (int attempt = 1; attempt <= MAX_FAILURES; attempt++) {
      HttpResult wrong = PortalHttp.basic(portal, username, PASSWORD + "-wrong-" + attempt).get("/api/me");
      assertThat(wrong.status()).as("attempt " + attempt + ": " + wrong.describe()).isEqualTo(401);
      assertThat(wrong.isJson()).as(wrong.describe()).isTrue();
    }

    HttpResult right = PortalHttp.basic(portal, username, PASSWORD).get("/api/me");
    assertThat(right.status()).as("right password after lock-out: " + right.describe()).isEqualTo(401);
    assertThat(JsonBody.object(right)).as(right.describe()).containsEntry("status", 401L).containsEntry("error", "account_locked");

    HttpResult page = FormLogin.submit(PortalHttp.anonymous(portal), username, PASSWORD);
    assertThat(page.status()).as("form login of a locked account stays on the page: " + page.describe()).isEqualTo(200);
    assertThat(page.body()).as(page.describe()).contains("该账户因多次登录失败已被临时锁定");

    HttpResult audit = admin().get("/api/admin/audit?q=" + username);
    assertThat(audit.status()).as(audit.describe()).isEqualTo(200);
    assertThat(countOccurrences(audit.body(), "LOGIN_FAILED")).as("LOGIN_FAILED entries for " + username + ": " + audit.describe())
        .isGreaterThanOrEqualTo(MAX_FAILURES);
  }

  @Test
  void manyFirstRequestsOfOneUserAtOnceAllSucceed() throws Exception {
    String username = "it-burst-" + Long.toString(System.currentTimeMillis(), 36) + ThreadLocalRandom.current().nextInt(100, 999);
    createUser(username);
    // Each request verifies the password and records the success (none is cached yet).
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<HttpResult>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(pool.submit(() -> PortalHttp.basic(portal, username, PASSWORD).get("/api/me")));
      }
      for (java.util.concurrent.Future<HttpResult> call : calls) {
        HttpResult r = call.get();
        assertThat(r.status()).as(r.describe()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void unknownUserNamesAreNeverLocked() {
    String nobody = "it-nobody-" + System.nanoTime();
    for (int attempt = 1; attempt <= MAX_FAILURES + 1; attempt++) {
      HttpResult wrong = PortalHttp.basic(portal, nobody, "wrong-" + attempt).get("/api/me");
      assertThat(JsonBody.object(wrong)).as(wrong.describe()).containsEntry("error", "invalid_credentials");
    }
  }

  private void createUser(String username) {
    String json = JsonBody.toJson(Map.of(
        "username", username,
        "displayName", "锁定测试",
        "password", PASSWORD,
        "roles", List.of("STAFF")));
    HttpResult created = admin().postJson("/api/admin/users", json);
    assertThat(created.status()).as("POST /api/admin/users: " + created.describe()).isEqualTo(201);
  }

  private PortalHttp admin() {
    return PortalHttp.basic(portal, Caller.ADMIN.username(), Caller.ADMIN.password());
  }

  private static int countOccurrences(String text, String word) {
    int count = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      count++;
    }
    return count;
  }
}
