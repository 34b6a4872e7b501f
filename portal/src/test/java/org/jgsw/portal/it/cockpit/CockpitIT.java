package org.jgsw.portal.it.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.config.demo.DemoOrganisation;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.jgsw.portal.it.training.PageSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The cockpit's figures recomputed from the detailed reports on the shared server with the demo
 * data: completion and overdue from {@code /api/training/reports/units}, L1–L3 from the evaluation
 * report's Excel export by unit, online credit hours from a person's own ledger, the workforce
 * structure and today's gaps from {@code /api/workforce/structure}, the no-result searches from the
 * library maintenance page; then drill-down, the page, its export, and who may ask.
 */
@PortalIT
@RunAsClient
class CockpitIT {

  private static final String COCKPIT = "/api/cockpit";
  private static final String[] COUNTS = {"assigned", "completed", "inProgress", "notStarted", "overdue"};

  @ArquillianResource URL portal;

  @Test
  void completionAndOverdueEqualTheUnitCompletionReport() {
    Map<String, Object> cockpit = ok(as(Caller.LEADER).get(COCKPIT));
    Map<String, Object> report = ok(as(Caller.TRAINER).get("/api/training/reports/units?year=" + cockpit.get("year")));

    assertThat(map(cockpit.get("unit"))).containsEntry("kind", "PROVINCE").containsEntry("code", map(report.get("unit")).get("code"));
    assertThat(list(cockpit.get("path"))).isEmpty();
    assertSameCounts(map(cockpit.get("trainingTotal")), map(report.get("unit")), "total");
    List<Map<String, Object>> rows = list(cockpit.get("training"));
    List<Map<String, Object>> reportRows = list(report.get("units"));
    assertThat(rows).hasSameSizeAs(reportRows);
    for (Map<String, Object> r : reportRows) {
      Map<String, Object> row = rows.stream()
          .filter(x -> map(x.get("unit")).get("code").equals(r.get("code")) && x.get("ownPeople").equals(r.get("ownPeopleOnly")))
          .findFirst().orElseThrow(() -> new AssertionError("no cockpit row for " + r.get("code")));
      assertSameCounts(row, r, (String) r.get("name"));
    }
  }

  @Test
  void evaluationScoresEqualTheEvaluationReportByUnit() throws IOException {
    Map<String, Object> cockpit = ok(as(Caller.LEADER).get(COCKPIT));
    Map<String, List<Object>> byUnitName = new HashMap<>();
    Sheet units = workbook(PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password())
        .get("training/export?report=units")).get("按单位");
    for (int i = 1; i <= units.getLastRowNum(); i++) {
      List<Object> values = cells(units.getRow(i));
      byUnitName.put((String) values.get(0), values);
    }
    // the report counts people by their own unit: compare the departments directly below the province (no units below them)
    int compared = 0;
    for (Map<String, Object> row : list(cockpit.get("training"))) {
      Map<String, Object> unit = map(row.get("unit"));
      if (Boolean.TRUE.equals(unit.get("hasChildren")) || Boolean.TRUE.equals(row.get("ownPeople"))) {
        continue;
      }
      List<Object> report = byUnitName.get((String) unit.get("name"));
      if (report == null) {
        assertThat(number(row.get("l1Responses"))).as(unit.get("name") + " has no evaluation rows").isEqualTo(BigDecimal.ZERO);
        continue;
      }
      String why = "L1–L3 of " + unit.get("name");
      assertThat(number(row.get("l1Average"))).as(why).isEqualTo(number(report.get(8)));
      assertThat(number(row.get("l1Responses"))).as(why).isEqualTo(number(report.get(9)));
      assertThat(number(row.get("l2PassRate"))).as(why).isEqualTo(number(report.get(10)));
      assertThat(number(row.get("l2Gain"))).as(why).isEqualTo(number(report.get(11)));
      assertThat(number(row.get("l3Average"))).as(why).isEqualTo(number(report.get(13)));
      assertThat(number(row.get("l3Ratings"))).as(why).isEqualTo(number(report.get(14)));
      compared++;
    }
    assertThat(compared).as("departments with evaluation rows").isPositive();
  }

  @Test
  void onlineCreditHoursEqualThePersonsOwnLedger() {
    Map<String, Object> province = ok(as(Caller.LEADER).get(COCKPIT));
    // 李明 (the staff demo user) works in 公务用车管理处 directly below the province
    Map<String, Object> department = list(province.get("training")).stream().map(r -> map(r.get("unit")))
        .filter(u -> "AH-GWYC".equals(u.get("code"))).findFirst().orElseThrow();
    Map<String, Object> cockpit = ok(as(Caller.LEADER).get(COCKPIT + "?unit=" + department.get("id")));
    Map<String, Object> me = map(ok(as(Caller.STAFF).get("/api/learning/me")).get("ledger"));

    Map<String, Object> staff = list(cockpit.get("people")).stream().filter(p -> DemoOrganisation.STAFF_PERSON.equals(p.get("staffNo")))
        .findFirst().orElseThrow();
    assertThat(number(staff.get("onlineHours"))).isEqualTo(number(me.get("online")));
    assertThat(map(cockpit.get("unit"))).containsEntry("code", "AH-GWYC").containsEntry("hasChildren", false);
    assertThat(list(cockpit.get("path"))).extracting(u -> u.get("code")).containsExactly("AH");
    // the department's own people are all its people: the total row counts each of them
    Map<String, Object> total = map(cockpit.get("trainingTotal"));
    assertThat(((Number) total.get("people")).longValue()).isEqualTo(list(cockpit.get("people")).size());
    BigDecimal hours = list(cockpit.get("people")).stream().map(p -> number(p.get("onlineHours"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(number(total.get("onlineHours"))).isEqualTo(hours);
    assertThat(((Number) total.get("peopleMeetingOnlineRequirement")).longValue())
        .isEqualTo(list(cockpit.get("people")).stream().filter(p -> Boolean.TRUE.equals(p.get("meetsOnlineRequirement"))).count());
  }

  @Test
  void workforceAndTodaysGapsEqualTheWorkforceStructure() {
    Map<String, Object> province = ok(as(Caller.HR).get(COCKPIT));
    long provinceId = ((Number) map(province.get("unit")).get("id")).longValue();
    for (long unit : List.of(provinceId, ((Number) list(map(province.get("workforce")).get("subUnits")).get(0).get("id")).longValue())) {
      Map<String, Object> cockpit = unit == provinceId ? province : ok(as(Caller.HR).get(COCKPIT + "?unit=" + unit));
      Map<String, Object> structure = ok(as(Caller.HR).get("/api/workforce/structure?unit=" + unit));
      Map<String, Object> workforce = new LinkedHashMap<>(map(cockpit.get("workforce")));
      workforce.remove("millis");
      structure.remove("millis");
      assertThat(workforce).as("structure of unit %s", unit).isEqualTo(structure);

      List<Map<String, Object>> gaps = list(cockpit.get("gaps"));
      int compared = 0;
      for (Map<String, Object> common : list(structure.get("commonGaps"))) {
        Map<String, Object> gap = gaps.stream().filter(g -> g.get("code").equals(common.get("code"))).findFirst().orElse(null);
        if (gap != null) {
          assertThat(gap.get("people")).as("people with gap " + gap.get("code")).isEqualTo(common.get("people"));
          assertThat(((Number) gap.get("averageGap")).doubleValue()).isCloseTo(((Number) common.get("averageGap")).doubleValue(), within(1e-9));
          compared++;
        }
      }
      if (!gaps.isEmpty() && !list(structure.get("commonGaps")).isEmpty()) {
        assertThat(compared).as("gaps listed by both of unit %s", unit).isPositive();
      }
      // the last quarter of the movement is today's figure
      assertThat((List<?>) cockpit.get("quarters")).hasSize(4);
      for (Map<String, Object> m : list(cockpit.get("gapMovement"))) {
        Map<String, Object> today = gaps.stream().filter(g -> g.get("code").equals(m.get("code"))).findFirst().orElseThrow();
        List<?> people = (List<?>) m.get("people");
        assertThat(people).hasSize(4);
        assertThat(people.get(3)).isEqualTo(today.get("people"));
      }
    }
    assertThat(list(province.get("gaps"))).as("the demo staff have gaps").isNotEmpty();
  }

  @Test
  void searchesWithoutResultEqualTheLibraryMaintenancePage() {
    String term = "zzqcockpit" + System.nanoTime(); // no document holds it
    PortalHttp staff = as(Caller.STAFF);
    for (int i = 0; i < 3; i++) {
      assertThat(staff.get("/api/search?q=" + java.net.URLEncoder.encode(term, java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }
    PageSession librarian = PageSession.signIn(portal, Caller.LIBRARIAN.username(), Caller.LIBRARIAN.password());
    // the search log is written in batches
    // (every 2 s), so read until the page shows the term and the same list before and after the cockpit (bounded by attempts, not time)
    Map<String, Long> page = Map.of();
    Map<String, Object> library = Map.of();
    for (int attempt = 0; attempt < 500; attempt++) {
      page = noResultTable(librarian.get("library/manage/index.xhtml").page());
      library = map(ok(as(Caller.LEADER).get(COCKPIT)).get("library"));
      if (page.containsKey(term) && page.equals(noResultTable(librarian.get("library/manage/index.xhtml").page()))) {
        break;
      }
    }

    assertThat(page).containsEntry(term, 3L);
    for (Map<String, Object> t : list(library.get("noResultTerms"))) {
      assertThat(page).as("the maintenance page lists every search of the test server (all within 90 days)")
          .containsEntry((String) t.get("term"), ((Number) t.get("times")).longValue());
    }
    assertThat(((Number) library.get("searches")).longValue()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void pageDrillsDownAndExportsEveryTable() throws IOException {
    PageSession leader = PageSession.signIn(portal, Caller.LEADER.username(), Caller.LEADER.password());
    Document province = leader.get("cockpit/index.xhtml").page();
    assertThat(province.getElementById("unitName").text()).isEqualTo("安徽省机关事务管理局");
    assertThat(province.select("[id$=completionChart]")).isNotEmpty();
    assertThat(province.select("[id$=gapChart]")).isNotEmpty();
    String city = province.select("a[href*=cockpit/index.xhtml?unit=]").stream()
        .filter(a -> a.text().equals("合肥市机关事务管理局")).findFirst().orElseThrow().attr("href");
    Document hefei = leader.get(city.substring(city.indexOf("cockpit/"))).page();
    assertThat(hefei.getElementById("unitName").text()).isEqualTo("合肥市机关事务管理局");
    assertThat(hefei.select(".cockpit-path a").text()).contains("安徽省机关事务管理局");
    assertThat(hefei.text()).contains("肥西县机关事务管理局");

    Map<String, Sheet> sheets = workbook(leader.get(hefei.getElementById("export").attr("href").substring(hefei.getElementById("export")
        .attr("href").indexOf("cockpit/"))));
    assertThat(sheets).containsKeys("培训完成与学时", "培训效果评价", "能力差距", "差距变化", "队伍结构", "资料库检索", "本级人员", "统计口径");
    assertThat(cells(sheets.get("培训完成与学时").getRow(sheets.get("培训完成与学时").getLastRowNum())).get(0).toString()).startsWith("合计");

    assertThat(leader.get("cockpit/index.xhtml?unit=abc").text()).contains("找不到单位");
    assertThat(leader.get("cockpit/export?unit=999999999").status()).isEqualTo(404);
  }

  @Test
  void onlyHrTrainingAdminsLeadersAndAdminsMayAsk() {
    for (Caller allowed : List.of(Caller.HR, Caller.TRAINER, Caller.LEADER, Caller.ADMIN)) {
      assertThat(as(allowed).get(COCKPIT).status()).as(allowed.label()).isEqualTo(200);
    }
    for (Caller denied : List.of(Caller.STAFF, Caller.SUPERVISOR, Caller.LIBRARIAN)) {
      HttpResult r = as(denied).get(COCKPIT);
      assertThat(r.status()).as(denied.label()).isEqualTo(403);
      assertThat(r.isJson()).isTrue();
    }
    // the export's page constraint (the matrix checks the page itself)
    assertThat(PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password()).get("cockpit/export").status()).isEqualTo(403);
    assertThat(PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password()).get("cockpit/export").status()).isEqualTo(200);
    HttpResult unknown = as(Caller.LEADER).get(COCKPIT + "?unit=999999999");
    assertThat(unknown.status()).as(unknown.describe()).isEqualTo(404);
    assertThat(unknown.isJson()).isTrue();
  }

  // ------------------------------------------------------------------ helpers

  private static void assertSameCounts(Map<String, Object> cockpit, Map<String, Object> report, String what) {
    for (String key : COUNTS) {
      assertThat(((Number) cockpit.get(key)).longValue()).as(what + " " + key).isEqualTo(((Number) report.get(key)).longValue());
    }
    assertThat(number(cockpit.get("completionRate"))).as(what + " completion").isEqualTo(number(report.get("completionRate")));
  }

  /** The no-result table of the maintenance page: term → times. */
  private static Map<String, Long> noResultTable(Document page) {
    Map<String, Long> terms = new LinkedHashMap<>();
    page.select("[id$=noResults] tbody tr").forEach(tr -> {
      var tds = tr.select("td");
      if (tds.size() >= 2 && tds.get(1).text().matches("\\d+")) {
        terms.put(tds.get(0).text(), Long.parseLong(tds.get(1).text()));
      }
    });
    return terms;
  }

  private PortalHttp as(Caller caller) {
    return PortalHttp.basic(portal, caller.username(), caller.password());
  }

  private static Map<String, Object> ok(HttpResult r) {
    assertThat(r.status()).as(r.describe()).isEqualTo(200);
    return JsonBody.object(r);
  }

  /** A JSON or spreadsheet number as a BigDecimal without trailing zeros; “—” and null as null. */
  private static BigDecimal number(Object o) {
    if (o == null || "—".equals(o)) {
      return null;
    }
    return new BigDecimal(o.toString()).stripTrailingZeros();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) Objects.requireNonNull(o);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) Objects.requireNonNull(o);
  }

  private static Map<String, Sheet> workbook(PageSession.Response r) throws IOException {
    assertThat(r.status()).as(r.uri().toString()).isEqualTo(200);
    assertThat(r.contentType()).contains("spreadsheetml");
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()));
    Map<String, Sheet> sheets = new LinkedHashMap<>();
    wb.forEach(s -> sheets.put(s.getSheetName(), s));
    return sheets;
  }

  private static List<Object> cells(Row row) {
    List<Object> values = new java.util.ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell c = row.getCell(i);
      values.add(c == null ? null : c.getCellType() == CellType.NUMERIC ? (Object) BigDecimal.valueOf(c.getNumericCellValue()) : c.getStringCellValue());
    }
    return values;
  }
}
