package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;

/**
 * The deadline-reminder sweep run on demand by an administrator, on the shared server (mail off, as
 * by default): it brings the reminders of everyone near a deadline up to date — the demo staff's
 * overdue course among them — mails nothing, and can run again without harm. Only ADMIN may.
 */
@PortalIT
@RunAsClient
class ReminderRunIT {

  @ArquillianResource URL portal;

  @Test
  void adminRunsTheSweepWhichChecksPeopleNearADeadlineAndMailsNothingWhileMailIsOff() {
    PortalHttp admin = PortalHttp.basic(portal, Caller.ADMIN.username(), Caller.ADMIN.password());

    Map<String, Object> settings = JsonBody.object(ok(admin.get("/api/admin/reminders")));
    assertThat(settings).containsEntry("mailEnabled", false);
    assertThat((String) settings.get("server")).contains("enabled=false");

    Map<String, Object> first = JsonBody.object(ok(admin.postJson("/api/admin/reminders/run", "")));
    assertThat(((Number) first.get("peopleChecked")).intValue()).as("the demo staff's overdue course").isPositive();
    assertThat(first).containsEntry("mailsSent", 0L).containsEntry("mailsFailed", 0L);

    Map<String, Object> again = JsonBody.object(ok(admin.postJson("/api/admin/reminders/run", "")));
    assertThat(again.get("peopleChecked")).isEqualTo(first.get("peopleChecked"));
  }

  @Test
  void onlyAdministratorsMayRunIt() {
    for (Caller caller : new Caller[] {Caller.STAFF, Caller.TRAINER, Caller.HR}) {
      HttpResult denied = PortalHttp.basic(portal, caller.username(), caller.password()).postJson("/api/admin/reminders/run", "");
      assertThat(denied.status()).as(denied.describe()).isEqualTo(403);
    }
    HttpResult anonymous = PortalHttp.anonymous(portal).postJson("/api/admin/reminders/run", "");
    assertThat(anonymous.status()).as(anonymous.describe()).isEqualTo(401);
  }

  private static HttpResult ok(HttpResult r) {
    assertThat(r.status()).as(r.describe()).isEqualTo(200);
    return r;
  }
}
