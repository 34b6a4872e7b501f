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
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;

/**
 * The REST API speaks JSON in every case, including errors, and asks for HTTP Basic: never a login
 * page, an HTML error page or a stack trace.
 */
@PortalIT
@RunAsClient
class ApiSecurityIT {

  @ArquillianResource URL portal;

  @Test
  void anonymousCallGets401JsonAndABasicChallenge() {
    HttpResult result = PortalHttp.anonymous(portal).get("/api/me");

    assertThat(result.status()).as(result.describe()).isEqualTo(401);
    assertThat(result.isJson()).as(result.describe()).isTrue();
    assertThat(result.headers().firstValue("WWW-Authenticate")).as(result.describe())
        .hasValueSatisfying(v -> assertThat(v).startsWithIgnoringCase("Basic"));
    Map<String, Object> error = JsonBody.object(result);
    assertThat(error).containsEntry("status", 401L).containsKeys("error", "message");
    assertThat(result.body()).doesNotContain("loginForm");
  }

  @Test
  void wrongPasswordGets401Json_andTheRightOneStillWorks() {
    Caller who = Caller.SUPERVISOR;

    HttpResult wrong = PortalHttp.basic(portal, who.username(), who.password() + "-wrong").get("/api/me");
    assertThat(wrong.status()).as(wrong.describe()).isEqualTo(401);
    assertThat(wrong.isJson()).as(wrong.describe()).isTrue();
    assertThat(JsonBody.object(wrong)).containsEntry("status", 401L).containsEntry("error", "invalid_credentials");

    // a success resets the failure counter, so this test never pushes a demo account towards lock-out
    HttpResult right = PortalHttp.basic(portal, who.username(), who.password()).get("/api/me");
    assertThat(right.status()).as(right.describe()).isEqualTo(200);
  }

  @Test
  void unknownUserGets401Json() {
    HttpResult result = PortalHttp.basic(portal, "no-such-user", "whatever123").get("/api/me");

    assertThat(result.status()).as(result.describe()).isEqualTo(401);
    assertThat(JsonBody.object(result)).containsEntry("status", 401L);
  }

  @Test
  void unknownPathGets404Json() {
    HttpResult result = admin().get("/api/no-such-resource");

    assertThat(result.status()).as(result.describe()).isEqualTo(404);
    assertThat(result.isJson()).as(result.describe()).isTrue();
    assertThat(JsonBody.object(result)).containsEntry("status", 404L);
  }

  @Test
  void noHtmlAnywhereUnderApi() {
    List<HttpResult> answers = List.of(
        PortalHttp.anonymous(portal).get("/api/me"),
        PortalHttp.anonymous(portal).get("/api/no-such-resource"),
        PortalHttp.basic(portal, "staff", "not-the-password").get("/api/me"),
        admin().get("/api/no-such-resource"),
        admin().send("DELETE", "/api/me"),
        staff().get("/api/admin/users"),
        admin().postJson("/api/admin/users", "{ this is not json"));
    // the wrong password above counted as a failure for staff; a success resets it
    assertThat(staff().get("/api/me").status()).isEqualTo(200);

    for (HttpResult answer : answers) {
      assertThat(answer.status()).as(answer.describe()).isGreaterThanOrEqualTo(400);
      assertThat(answer.isJson()).as("not JSON: " + answer.describe()).isTrue();
      assertThat(answer.looksLikeHtml()).as("HTML: " + answer.describe()).isFalse();
      assertThat(answer.body()).as("stack trace: " + answer.describe()).doesNotContain("Exception", "\tat ");
      assertThat(JsonBody.object(answer)).as(answer.describe()).containsEntry("status", (long) answer.status());
    }
  }

  private PortalHttp admin() {
    return PortalHttp.basic(portal, Caller.ADMIN.username(), Caller.ADMIN.password());
  }

  private PortalHttp staff() {
    return PortalHttp.basic(portal, Caller.STAFF.username(), Caller.STAFF.password());
  }
}
