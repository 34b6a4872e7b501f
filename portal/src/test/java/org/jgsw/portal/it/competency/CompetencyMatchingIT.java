package org.jgsw.portal.it.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.FormLogin;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;

/**
 * Competency models and HR matching through real HTTP, against the demo data: a ranking whose every
 * number is recomputed here from the published formula, ineligible people with reasons, candidate
 * privacy (STAFF refused, HR views audited), the Excel import with bad rows, a person's own gaps and
 * the workforce structure.
 */
@PortalIT
@RunAsClient
class CompetencyMatchingIT {

  private static final String DISPATCH = "P-GWYC-DD";

  @ArquillianResource URL portal;

  private PortalHttp as(Caller caller) {
    return PortalHttp.basic(portal, caller.username(), caller.password());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }

  @Test
  void modelsListIdPostAndVersion_andTheDispatchModelHasTwoVersions() {
    HttpResult result = as(Caller.HR).get("/api/competency/models");
    assertThat(result.status()).as(result.describe()).isEqualTo(200);
    List<Map<String, Object>> models = list(JsonBody.parse(result));
    assertThat(models.size()).isGreaterThanOrEqualTo(10);
    assertThat(models).allSatisfy(m -> assertThat(m).containsKeys("id", "post", "version"));
    assertThat(models).filteredOn(m -> DISPATCH.equals(m.get("post"))).extracting(m -> m.get("status"))
        .containsExactlyInAnyOrder("ARCHIVED", "PUBLISHED");
    Map<String, Object> current = JsonBody.object(as(Caller.HR).get("/api/competency/models/" + DISPATCH));
    assertThat(current).containsEntry("id", DISPATCH + "@v2").containsEntry("basedOn", DISPATCH + "@v1");
    assertThat(list(current.get("requirements"))).anySatisfy(r -> assertThat(r).containsEntry("mustHave", true));
  }

  @Test
  void everyNumberOfTheRankingCanBeRecomputedFromTheFormula() {
    Map<String, Object> model = JsonBody.object(as(Caller.HR).get("/api/competency/models/" + DISPATCH + "@v2"));
    HttpResult result = as(Caller.HR).get("/api/matching/" + DISPATCH + "@v2?limit=100");
    assertThat(result.status()).as(result.describe()).isEqualTo(200);
    Map<String, Object> ranking = JsonBody.object(result);
    assertThat(ranking).containsEntry("model", DISPATCH + "@v2").containsEntry("version", 2L);
    List<Map<String, Object>> ranked = list(ranking.get("ranked"));
    assertThat(ranked).isNotEmpty();
    List<Map<String, Object>> requirements = list(model.get("requirements"));
    double w = requirements.stream().mapToDouble(r -> num(r.get("weight")) * num(r.get("required"))).sum();
    double previous = Double.MAX_VALUE;
    for (Map<String, Object> person : ranked) {
      List<Map<String, Object>> breakdown = list(person.get("breakdown"));
      assertThat(breakdown).hasSameSizeAs(requirements);
      double lost = 0;
      for (int i = 0; i < breakdown.size(); i++) {
        Map<String, Object> row = breakdown.get(i);
        assertThat(row.get("competency")).isEqualTo(requirements.get(i).get("competency"));
        assertThat(num(row.get("required"))).isEqualTo(num(requirements.get(i).get("required")));
        assertThat(num(row.get("weight"))).isEqualTo(num(requirements.get(i).get("weight")));
        double rowLost = num(row.get("weight")) * Math.max(0, num(row.get("required")) - num(row.get("assessed")));
        assertThat(num(row.get("points"))).as("points of %s for %s", row.get("competency"), person.get("name")).isCloseTo(-rowLost / w, within(1e-9));
        if (!Boolean.TRUE.equals(row.get("missing"))) {
          assertThat(row.get("evidence")).as("level with its evidence").isNotNull();
        }
        lost += rowLost;
      }
      double fit = 1 - lost / w;
      assertThat(num(person.get("fit"))).as("fit of %s", person.get("name")).isCloseTo(fit, within(1e-9));
      assertThat(fit).as("sorted by fit").isLessThanOrEqualTo(previous + 1e-9);
      previous = fit;
    }
    assertThat(num(ranking.get("sqlStatements"))).as("no N+1: a fixed number of statements").isLessThanOrEqualTo(5);
  }

  @Test
  void ineligibleCandidatesAreListedApartWithReasons() {
    Map<String, Object> ranking = JsonBody.object(as(Caller.HR).get("/api/matching/" + DISPATCH));
    List<Map<String, Object>> ineligible = list(ranking.get("ineligible"));
    assertThat(ineligible).isNotEmpty();
    assertThat(ineligible).allSatisfy(i -> assertThat((List<?>) i.get("reasons")).isNotEmpty());
    List<Object> rankedIds = list(ranking.get("ranked")).stream().map(r -> r.get("personId")).toList();
    assertThat(ineligible).allSatisfy(i -> assertThat(rankedIds).doesNotContain(i.get("personId")));
    assertThat(ineligible.stream().flatMap(i -> ((List<?>) i.get("reasons")).stream()).map(String::valueOf))
        .anySatisfy(reason -> assertThat(reason).containsAnyOf("要求", "未评定"));
  }

  @Test
  void staffIsRefusedACandidateProfile_andHrViewsAreAudited() {
    List<Map<String, Object>> candidates = list(JsonBody.parse(as(Caller.HR).get("/api/candidates")));
    assertThat(candidates).hasSizeGreaterThanOrEqualTo(30);
    long id = ((Number) candidates.get(0).get("id")).longValue();

    HttpResult refused = as(Caller.STAFF).get("/api/candidates/" + id);
    assertThat(refused.status()).as(refused.describe()).isEqualTo(403);
    assertThat(refused.isJson()).isTrue();
    PortalHttp staffPages = FormLogin.signIn(PortalHttp.anonymous(portal).context(), Caller.STAFF.username(), Caller.STAFF.password());
    assertThat(staffPages.get("/hr/candidate.xhtml?id=" + id).status()).isEqualTo(403);

    HttpResult viewed = as(Caller.HR).get("/api/candidates/" + id);
    assertThat(viewed.status()).as(viewed.describe()).isEqualTo(200);
    assertThat(JsonBody.object(viewed)).containsEntry("id", id).containsKey("levels");
    PortalHttp hrPages = FormLogin.signIn(PortalHttp.anonymous(portal).context(), Caller.HR.username(), Caller.HR.password());
    HttpResult page = hrPages.get("/hr/candidate.xhtml?id=" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("candidateName");

    Map<String, Object> audit = JsonBody.object(as(Caller.ADMIN).get("/api/admin/audit?q=Candidate&size=100"));
    List<Map<String, Object>> views = list(audit.get("items")).stream()
        .filter(e -> "VIEW".equals(e.get("action")) && "Candidate".equals(e.get("targetType")) && String.valueOf(id).equals(e.get("targetId")))
        .toList();
    assertThat(views).as("API view and page view both logged").hasSizeGreaterThanOrEqualTo(2);
    assertThat(views).allSatisfy(e -> assertThat(e).containsEntry("actor", Caller.HR.username()));
  }

  @Test
  void importKeepsGoodRowsAndReportsEachBadRow() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    byte[] xlsx = workbook(new String[][] {
      {"报名编号", "姓名", "出生日期", "学历", "进入渠道", "专业类别", "报考岗位编码", "能力:PRO-VEH-DISPATCH", "能力:GEN-COMM"},
      {"IT" + suffix + "1", "测试甲", "1996-03-02", "本科", "公开招考", "工学", DISPATCH, "4", "3"},
      {"IT" + suffix + "2", "测试乙", "1997-01-01", "小学", "公开招考", "工学", DISPATCH, "3", "3"},
      {"IT" + suffix + "3", "测试丙", "", "本科", "选调生", "工学", DISPATCH, "7", "3"},
      {"IT" + suffix + "4", "测试丁", "1995-06-30", "硕士研究生", "退役军人转业", "军事学", "NO-SUCH-POST", "3", ""},
    });
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(PortalHttp.anonymous(portal).resolve("/api/candidates/import"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((Caller.HR.username() + ":" + Caller.HR.password()).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> report = (Map<String, Object>) new org.openqa.selenium.json.Json().toType(response.body(), Object.class);
    assertThat(report).containsEntry("created", 1L).containsEntry("rejected", 3L);
    List<Map<String, Object>> problems = list(report.get("problems"));
    assertThat(problems).extracting(p -> ((Number) p.get("row")).intValue()).containsExactly(3, 4, 5);
    assertThat(String.valueOf(problems.get(0).get("messages"))).contains("学历");
    assertThat(String.valueOf(problems.get(1).get("messages"))).contains("出生日期").contains("能力:PRO-VEH-DISPATCH");
    assertThat(String.valueOf(problems.get(2).get("messages"))).contains("NO-SUCH-POST");
    List<Map<String, Object>> all = list(JsonBody.parse(as(Caller.HR).get("/api/candidates")));
    assertThat(all).extracting(c -> c.get("candidateNo")).contains("IT" + suffix + "1").doesNotContain("IT" + suffix + "2");
    // the imported levels are evidence and take part in matching
    Map<String, Object> ranking = JsonBody.object(as(Caller.HR).get("/api/matching/" + DISPATCH + "?limit=500"));
    List<Object> everyone = new java.util.ArrayList<>();
    list(ranking.get("ranked")).forEach(r -> everyone.add(r.get("name")));
    list(ranking.get("ineligible")).forEach(r -> everyone.add(r.get("name")));
    assertThat(everyone).contains("测试甲");
  }

  @Test
  void aSignedInUserSeesOnlyTheirOwnGaps() {
    Map<String, Object> mine = JsonBody.object(as(Caller.STAFF).get("/api/competency/me"));
    assertThat(mine).containsEntry("name", "李明").containsEntry("model", DISPATCH + "@v2");
    assertThat(list(mine.get("gaps"))).extracting(g -> g.get("competency")).contains("GEN-COMM", "GEN-EMERG");
    PortalHttp page = FormLogin.signIn(PortalHttp.anonymous(portal).context(), Caller.STAFF.username(), Caller.STAFF.password());
    HttpResult own = page.get("/learning/competency.xhtml");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).contains("李明").contains(DISPATCH + "@v2").doesNotContain("陈静</strong>");
  }

  @Test
  void workforceStructureAddsUpAndDrillsDown() {
    Map<String, Object> province = JsonBody.object(as(Caller.HR).get("/api/workforce/structure"));
    int total = ((Number) province.get("total")).intValue();
    assertThat(total).isGreaterThanOrEqualTo(300);
    @SuppressWarnings("unchecked")
    Map<String, Object> byAge = (Map<String, Object>) province.get("byAge");
    assertThat(byAge.values().stream().mapToInt(v -> ((Number) v).intValue()).sum()).isEqualTo(total);
    List<Map<String, Object>> subUnits = list(province.get("subUnits"));
    assertThat(subUnits).extracting(u -> u.get("kind")).contains("市局");
    Map<String, Object> city = subUnits.stream().filter(u -> "市局".equals(u.get("kind"))).findFirst().orElseThrow();
    Map<String, Object> drilled = JsonBody.object(as(Caller.HR).get("/api/workforce/structure?unit=" + ((Number) city.get("id")).longValue()));
    assertThat(drilled.get("total")).isEqualTo(city.get("total"));
    assertThat(as(Caller.STAFF).get("/api/workforce/structure").status()).isEqualTo(403);
  }

  private static byte[] workbook(String[][] rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("候选人");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
