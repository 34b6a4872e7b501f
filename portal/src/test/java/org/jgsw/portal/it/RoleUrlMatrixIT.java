package org.jgsw.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.support.FormLogin;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may open what: every page folder and REST resource against every role, through real HTTP.
 * Pages are requested in a session opened by the login form; the API with HTTP Basic. A failing
 * cell is named in the test's display name, e.g. {@code [hr] GET /admin/index.xhtml → 403}.
 *
 * <p>Outcomes: {@code 200}, {@code 401}, {@code 403}, {@code LOGIN} (redirect to the login page),
 * {@code HOME} (redirect to the home page).
 */
@PortalIT
@RunAsClient
class RoleUrlMatrixIT {

  /** Pages, form login. Paths are relative to the context root /portal. */
  static final String PAGES = """
      path                      anonymous  staff  supervisor  hr    trainer  librarian  admin  leader
      /                         LOGIN      HOME   HOME        HOME  HOME     HOME       HOME  HOME
      /login.xhtml              200        200    200         200   200      200        200  200
      /home.xhtml               LOGIN      200    200         200   200      200        200  200
      /learning/index.xhtml     LOGIN      200    200         200   200      200        200  200
      /library/index.xhtml      LOGIN      200    200         200   200      200        200  200
      /competency/index.xhtml   LOGIN      403    403         200   403      403        403  403
      /hr/index.xhtml           LOGIN      403    403         200   403      403        403  403
      /training/index.xhtml     LOGIN      403    403         403   200      403        403  403
      /admin/index.xhtml        LOGIN      403    403         403   403      403        200  403
      /admin/units.xhtml        LOGIN      403    403         403   403      403        200  403
      /admin/posts.xhtml        LOGIN      403    403         403   403      403        200  403
      /admin/people.xhtml       LOGIN      403    403         403   403      403        200  403
      /admin/users.xhtml        LOGIN      403    403         403   403      403        200  403
      /admin/audit.xhtml        LOGIN      403    403         403   403      403        200  403
      /library/manage/index.xhtml LOGIN    403    403         403   403      200        403  403
      /library/manage/import.xhtml LOGIN   403    403         403   403      200        403  403
      /admin/reindex.xhtml      LOGIN      403    403         403   403      403        200  403
      /hr/match.xhtml           LOGIN      403    403         200   403      403        403  403
      /hr/candidates.xhtml      LOGIN      403    403         200   403      403        403  403
      /hr/workforce.xhtml       LOGIN      403    403         200   403      403        403  403
      /competency/model.xhtml   LOGIN      403    403         200   403      403        403  403
      /learning/competency.xhtml LOGIN     200    200         200   200      200        200  200
      /learning/course.xhtml    LOGIN      200    200         200   200      200        200  200
      /training/plans.xhtml     LOGIN      403    403         403   200      403        403  403
      /training/offline.xhtml   LOGIN      403    403         403   200      403        403  403
      /team/index.xhtml         LOGIN      403    200         403   403      403        403  403
      /team/gaps.xhtml          LOGIN      403    200         403   403      403        403  403
      /hr/person.xhtml?key=S1   LOGIN      403    403         200   403      403        403  403
      /training/course.xhtml    LOGIN      403    403         403   200      403        403  403
      /training/plan.xhtml?id=1000 LOGIN   403    403         403   200      403        403  403
      /training/reports.xhtml   LOGIN      403    403         403   200      403        403  403
      /training/course-report.xhtml?id=1000 LOGIN 403 403       403   200      403        403  403
      /training/person-report.xhtml?person=AH0001 LOGIN 403 403 403   200      403        403  403
      /cockpit/index.xhtml      LOGIN      403    403         200   200      403        200    200
      /learning/skill.xhtml?code=GEN-LAW LOGIN 200  200         200   200      200        200  200
      /training/plan-from-gaps.xhtml LOGIN 403   403         403   200      403        403  403
      """;

  /** REST API, HTTP Basic. Every answer, allowed or not, is JSON. */
  static final String API = """
      path                      anonymous  staff  supervisor  hr    trainer  librarian  admin  leader
      /api/me                   401        200    200         200   200      200        200  200
      /api/admin/users          401        403    403         403   403      403        200  403
      /api/people               401        403    403         200   403      403        200  403
      /api/units                401        200    200         200   200      200        200  200
      /api/admin/audit          401        403    403         403   403      403        200  403
      /api/admin/reminders      401        403    403         403   403      403        200  403
      /api/admin/people/export  401        403    403         403   403      403        200  403
      /api/search?q=DB51/T2500  401        200    200         200   200      200        200  200
      /api/search/suggest?q=gwyc 401       200    200         200   200      200        200  200
      /api/library/reindex      401        403    403         403   403      403        200  403
      /api/competency/models    401        403    403         200   403      403        403  403
      /api/matching/P-GWYC-DD   401        403    403         200   403      403        403  403
      /api/candidates           401        403    403         200   403      403        403  403
      /api/workforce/structure  401        403    403         200   403      403        403  403
      /api/competency/me        401        200    200         200   200      200        200  200
      /api/competency/people/S999999999 401 403  403         404   403      403        403  403
      /api/learning/me          401        200    200         200   200      200        200  200
      /api/courses              401        200    200         200   200      200        200  200
      /api/plans                401        403    403         403   200      403        200  403
      /api/plans/1000/progress  401        403    403         403   200      403        200  403
      /api/training/reports/units 401      403    403         403   200      403        200  403
      /api/cockpit              401        403    403         200   200      403        200    200
      /api/search?q=DB51&competency=GEN-LAW 401 200 200    200   200      200        200  200
      /api/competency/people/S999999999/rotations 401 403 403  404   403      403        403  403
      /api/learning/path        401        200    200         200   200      200        200  200
      /api/learning/path?post=P-JD-LY 401  200    200         200   200      200        200  200
      """;

  record Cell(Caller caller, String path, String expected) {
    @Override
    public String toString() {
      return "[" + caller.label() + "] GET " + path + " → " + expected;
    }
  }

  /** One form-login session per role for the whole class: logging in is not what this test is about. */
  private static final Map<Caller, PortalHttp> PAGE_SESSIONS = new EnumMap<>(Caller.class);

  @ArquillianResource URL portal;

  static Stream<Cell> pages() {
    return cells(PAGES);
  }

  static Stream<Cell> api() {
    return cells(API);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void page(Cell cell) {
    HttpResult result = pageSession(cell.caller()).get(cell.path());
    String why = cell + " but got " + result.describe();
    switch (cell.expected()) {
      case "200" -> {
        assertThat(result.status()).as(why).isEqualTo(200);
        assertThat(result.contentType()).as(why).startsWith("text/html");
      }
      case "403" -> assertThat(result.status()).as(why).isEqualTo(403);
      case "LOGIN" -> {
        assertThat(result.isRedirect()).as(why).isTrue();
        assertThat(result.redirectPath()).as(why).isEqualTo("/portal/login.xhtml");
      }
      case "HOME" -> {
        assertThat(result.isRedirect()).as(why).isTrue();
        assertThat(result.redirectPath()).as(why).isEqualTo("/portal/home.xhtml");
      }
      default -> throw new IllegalArgumentException("Unknown outcome in the table: " + cell);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("api")
  void api(Cell cell) {
    PortalHttp client = cell.caller().isAnonymous()
        ? PortalHttp.anonymous(portal)
        : PortalHttp.basic(portal, cell.caller().username(), cell.caller().password());
    HttpResult result = client.get(cell.path());
    String why = cell + " but got " + result.describe();
    int expected = Integer.parseInt(cell.expected());
    assertThat(result.status()).as(why).isEqualTo(expected);
    boolean download = cell.path().endsWith("/export") && expected == 200;
    assertThat(result.isJson() || download).as(why + " (not JSON)").isTrue();
    assertThat(result.looksLikeHtml()).as(why + " (HTML in the API)").isFalse();
    if (expected != 200) {
      assertThat(JsonBody.object(result)).as(why).containsEntry("status", (long) expected);
    }
    if (cell.path().equals("/api/me") && expected == 200) {
      assertThat(JsonBody.object(result)).as(why).containsEntry("username", cell.caller().username());
    }
  }

  private PortalHttp pageSession(Caller caller) {
    synchronized (PAGE_SESSIONS) {
      return PAGE_SESSIONS.computeIfAbsent(caller, c -> c.isAnonymous()
          ? PortalHttp.anonymous(portal)
          : FormLogin.signIn(PortalHttp.anonymous(portal).context(), c.username(), c.password()));
    }
  }

  /** Reads a table: a header row of caller labels, then one row per path with one outcome per caller. */
  static Stream<Cell> cells(String table) {
    List<String[]> rows = table.lines().map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).toList();
    String[] header = rows.get(0);
    List<Cell> cells = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      if (row.length != header.length) {
        throw new IllegalArgumentException("Row " + String.join(" ", row) + " has " + row.length + " columns, header " + header.length);
      }
      for (int i = 1; i < row.length; i++) {
        cells.add(new Cell(Caller.byLabel(header[i]), row[0], row[i]));
      }
    }
    return cells.stream();
  }
}
