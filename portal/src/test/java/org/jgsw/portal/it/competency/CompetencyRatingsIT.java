package org.jgsw.portal.it.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The parts of competency matching added around the ranking: PDF exports of the ranking and of a fit
 * report (text read back with PDFBox), the supervisor's view of their own team's gaps (and no one
 * else's), and recording ratings — by HR and supervisors through the API, by staff on their page —
 * with the current-level rule deciding the level and the fit following it.
 */
@PortalIT
@RunAsClient
class CompetencyRatingsIT {

  private static final String DISPATCH = "P-GWYC-DD";
  private static final String PDF = "application/pdf";
  /** The server runs on this machine: the font the PDFs need is the default of portal.certificate.font. */
  private static final boolean FONT = Files.isRegularFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));

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

  // ---- PDF exports

  @Test
  void hrDownloadsTheRankingAndAFitReportAsPdf_withEveryNumberInTheText() throws Exception {
    String rankingPdf = "/api/matching/" + DISPATCH + "@v2/ranking.pdf?limit=100";
    Download ranking = download(Caller.HR, rankingPdf);
    if (!FONT) {
      assertThat(ranking.status()).as("no Chinese font: no PDF, a JSON 503").isEqualTo(503);
      assertThat(ranking.contentType()).startsWith("application/json");
      return;
    }
    assertThat(ranking.status()).as(ranking.text()).isEqualTo(200);
    assertThat(ranking.contentType()).startsWith(PDF);
    assertThat(ranking.header("Content-Disposition")).contains("ranking-" + DISPATCH + "-v2.pdf");
    String text = pdfText(ranking.bytes());

    Map<String, Object> json = JsonBody.object(as(Caller.HR).get("/api/matching/" + DISPATCH + "@v2?limit=100"));
    Map<String, Object> model = JsonBody.object(as(Caller.HR).get("/api/competency/models/" + DISPATCH + "@v2"));
    List<Map<String, Object>> ranked = list(json.get("ranked"));
    List<Map<String, Object>> ineligible = list(json.get("ineligible"));
    assertThat(ranked).isNotEmpty();
    assertThat(ineligible).isNotEmpty();
    assertThat(text).contains(DISPATCH + "@v2").contains("匹配度 = 1 − Σ(权重 × max(0, 要求等级 − 实际等级))");
    for (Map<String, Object> r : list(model.get("requirements"))) {
      assertThat(text).as("requirement %s listed", r.get("competency")).contains((String) r.get("competency")).contains((String) r.get("name"));
    }
    for (Map<String, Object> person : ranked) {
      assertThat(text).as("ranked %s with fit", person.get("name")).contains((String) person.get("name")).contains(four(num(person.get("fit"))));
    }
    assertThat(text).contains((String) ineligible.get(0).get("name"));
    assertThat(text.replaceAll("\\s+", "")).contains(((List<?>) ineligible.get(0).get("reasons")).get(0).toString().replaceAll("\\s+", ""));

    Map<String, Object> best = ranked.get(0);
    Download report = download(Caller.HR, "/api/matching/" + DISPATCH + "@v2/people/" + best.get("personId") + "/report.pdf");
    assertThat(report.status()).as(report.text()).isEqualTo(200);
    assertThat(report.contentType()).startsWith(PDF);
    String fit = pdfText(report.bytes());
    assertThat(fit).contains((String) best.get("name")).contains((String) best.get("personId")).contains("匹配度 = 1 − L = " + four(num(best.get("fit"))));
    for (Map<String, Object> row : list(best.get("breakdown"))) {
      assertThat(fit).as("breakdown row %s", row.get("competency")).contains((String) row.get("name")).contains(four(num(row.get("pointsLost"))));
    }
    Map<String, Object> out = ineligible.get(0);
    String outText = pdfText(download(Caller.HR, "/api/matching/" + DISPATCH + "@v2/people/" + out.get("personId") + "/report.pdf").bytes());
    assertThat(outText).contains("不符合条件").contains((String) out.get("name"));
  }

  @Test
  void staffAndSupervisorsAreRefusedThePdfs_andUnknownPeopleAre404() throws Exception {
    for (Caller caller : new Caller[] {Caller.STAFF, Caller.SUPERVISOR}) {
      Download refused = download(caller, "/api/matching/" + DISPATCH + "/ranking.pdf");
      assertThat(refused.status()).as(caller + " " + refused.text()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/json");
      assertThat(download(caller, "/api/matching/" + DISPATCH + "/people/S1/report.pdf").status()).isEqualTo(403);
    }
    if (FONT) {
      assertThat(download(Caller.HR, "/api/matching/" + DISPATCH + "/people/S999999999/report.pdf").status()).isEqualTo(404);
      assertThat(download(Caller.HR, "/api/matching/" + DISPATCH + "/people/X1/report.pdf").status()).isEqualTo(404);
    }
  }

  @Test
  void theMatchPageOffersBothPdfsNextToExcel() {
    PortalHttp hr = FormLogin.signIn(PortalHttp.anonymous(portal).context(), Caller.HR.username(), Caller.HR.password());
    HttpResult page = hr.get("/hr/match.xhtml?model=" + DISPATCH);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("matchForm:exportRanking");
    if (FONT) {
      assertThat(page.body()).contains("matchForm:exportRankingPdf").contains("matchForm:ranked:0:reportPdf");
    } else {
      assertThat(page.body()).doesNotContain("exportRankingPdf");
    }
  }

  // ---- the supervisor's view of their team

  @Test
  void aSupervisorSeesTheirTeamsGaps_andNobodyElses() {
    String liMing = personKey(Caller.STAFF);
    String chenJing = personKey(Caller.HR); // 人事处, not in 公务用车管理处

    Map<String, Object> member = JsonBody.object(as(Caller.SUPERVISOR).get("/api/competency/people/" + liMing));
    assertThat(member).containsEntry("name", "李明").containsEntry("model", DISPATCH + "@v2");
    assertThat(list(member.get("gaps"))).isNotEmpty()
        .allSatisfy(g -> assertThat(num(g.get("size"))).isEqualTo(num(g.get("required")) - num(g.get("current"))));
    assertThat(num(member.get("fit"))).isBetween(0.0, 1.0);

    HttpResult other = as(Caller.SUPERVISOR).get("/api/competency/people/" + chenJing);
    assertThat(other.status()).as(other.describe()).isEqualTo(403);
    assertThat(as(Caller.STAFF).get("/api/competency/people/" + liMing).status()).isEqualTo(403);

    PortalHttp pages = FormLogin.signIn(PortalHttp.anonymous(portal).context(), Caller.SUPERVISOR.username(), Caller.SUPERVISOR.password());
    HttpResult team = pages.get("/team/gaps.xhtml");
    assertThat(team.status()).isEqualTo(200);
    assertThat(team.body()).contains("李明").contains(DISPATCH + "@v2").doesNotContain("陈静");
    HttpResult drill = pages.get("/team/gaps.xhtml?person=" + liMing);
    assertThat(drill.body()).contains("id=\"personName\"").contains("id=\"ratingForm\"");
    HttpResult refused = pages.get("/team/gaps.xhtml?person=" + chenJing);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"refused\"").doesNotContain("id=\"personName\"").doesNotContain("陈静");
  }

  // ---- ratings

  @Test
  void hrRecordsARating_andTheLevelAndFitFollowTheRule() throws Exception {
    String key = importCandidate("3");
    Map<String, Object> before = JsonBody.object(as(Caller.HR).get("/api/competency/people/" + key));
    assertThat(before).containsEntry("model", DISPATCH + "@v2");
    assertThat(list(before.get("gaps"))).filteredOn(g -> "GEN-SERV".equals(g.get("competency"))).singleElement()
        .satisfies(g -> assertThat(g).containsEntry("missing", true));

    HttpResult posted = as(Caller.HR).postJson("/api/competency/people/" + key + "/ratings",
        "{\"competency\":\"GEN-SERV\",\"level\":3,\"source\":\"INTERVIEW\",\"date\":\"" + LocalDate.now() + "\",\"note\":\"结构化面试\"}");
    assertThat(posted.status()).as(posted.describe()).isEqualTo(201);
    Map<String, Object> outcome = JsonBody.object(posted);
    @SuppressWarnings("unchecked")
    Map<String, Object> current = (Map<String, Object>) outcome.get("current");
    assertThat(current).containsEntry("competency", "GEN-SERV").containsEntry("level", 3L).containsEntry("proven", true);
    @SuppressWarnings("unchecked")
    Map<String, Object> recorded = (Map<String, Object>) outcome.get("recorded");
    assertThat(recorded).containsEntry("source", "INTERVIEW").containsEntry("detail", "结构化面试");
    assertThat((String) recorded.get("recordedBy")).contains("陈静");

    Map<String, Object> after = JsonBody.object(as(Caller.HR).get("/api/competency/people/" + key));
    assertThat(list(after.get("gaps"))).extracting(g -> g.get("competency")).doesNotContain("GEN-SERV");
    assertThat(num(after.get("fit"))).isGreaterThan(num(before.get("fit")));
    Map<String, Object> ranking = JsonBody.object(as(Caller.HR).get("/api/matching/" + DISPATCH + "?limit=1000"));
    double ranked = list(ranking.get("ranked")).stream().filter(r -> key.equals(r.get("personId"))).mapToDouble(r -> num(r.get("fit")))
        .findFirst().orElseThrow();
    assertThat(ranked).as("the ranking sees the new rating at once").isEqualTo(num(after.get("fit")));

    // a certificate below the measured level never lowers it
    as(Caller.HR).postJson("/api/competency/people/" + key + "/ratings", "{\"competency\":\"GEN-SERV\",\"level\":1,\"source\":\"CERTIFICATE\"}");
    // GEN-COMM was imported as an assessment of 2 today: a conflicting interview of the same day ends at the lower level
    HttpResult sameDay = as(Caller.HR).postJson("/api/competency/people/" + key + "/ratings",
        "{\"competency\":\"GEN-COMM\",\"level\":4,\"source\":\"INTERVIEW\"}");
    assertThat(sameDay.status()).as(sameDay.describe()).isEqualTo(201);
    @SuppressWarnings("unchecked")
    Map<String, Object> sameDayLevel = (Map<String, Object>) JsonBody.object(sameDay).get("current");
    assertThat(sameDayLevel).containsEntry("level", 2L);
    Map<String, Object> still = JsonBody.object(as(Caller.HR).get("/api/competency/people/" + key));
    assertThat(list(still.get("levels"))).filteredOn(l -> "GEN-SERV".equals(l.get("competency"))).singleElement()
        .satisfies(l -> assertThat(l).containsEntry("level", 3L));
    assertThat(list(still.get("levels"))).filteredOn(l -> "GEN-COMM".equals(l.get("competency"))).singleElement()
        .satisfies(l -> assertThat(l).containsEntry("level", 2L));
    assertThat(num(still.get("fit"))).isEqualTo(num(after.get("fit")));
  }

  @Test
  void invalidRatingsAreRejectedWithEveryProblemInChinese() throws Exception {
    String key = importCandidate("4");
    HttpResult bad = as(Caller.HR).postJson("/api/competency/people/" + key + "/ratings",
        "{\"competency\":\"NO-SUCH\",\"level\":7,\"source\":\"ASSESSMENT\",\"date\":\"" + LocalDate.now().plusDays(3) + "\"}");
    assertThat(bad.status()).as(bad.describe()).isEqualTo(400);
    assertThat(bad.isJson()).isTrue();
    assertThat(String.valueOf(JsonBody.object(bad).get("message"))).contains("能力词典中没有该能力项").contains("等级必须在 1 到 5 之间")
        .contains("佐证日期不能晚于今天");
    HttpResult self = as(Caller.HR).postJson("/api/competency/people/" + key + "/ratings",
        "{\"competency\":\"GEN-COMM\",\"level\":5,\"source\":\"SELF_ASSESSMENT\"}");
    assertThat(self.status()).as("HR cannot record someone's self-assessment").isEqualTo(403);
    HttpResult unknownSource = as(Caller.HR).postJson("/api/competency/people/" + key + "/ratings",
        "{\"competency\":\"GEN-COMM\",\"level\":3,\"source\":\"RUMOUR\"}");
    assertThat(unknownSource.status()).isEqualTo(400);
  }

  @Test
  void aSupervisorRatesOnlyTheirTeam_andOnlyAsASupervisorRating() {
    String liMing = personKey(Caller.STAFF);
    String chenJing = personKey(Caller.HR);
    // GEN-TEAM is in none of the vehicle posts' models, so other tests' gaps for 李明 stay as they are
    HttpResult rated = as(Caller.SUPERVISOR).postJson("/api/competency/people/" + liMing + "/ratings",
        "{\"competency\":\"GEN-TEAM\",\"level\":4,\"source\":\"SUPERVISOR_RATING\",\"note\":\"季度上级评价\"}");
    assertThat(rated.status()).as(rated.describe()).isEqualTo(201);
    Map<String, Object> profile = JsonBody.object(as(Caller.SUPERVISOR).get("/api/competency/people/" + liMing));
    assertThat(list(profile.get("levels"))).filteredOn(l -> "GEN-TEAM".equals(l.get("competency"))).singleElement()
        .satisfies(l -> assertThat(l).containsEntry("level", 4L).containsEntry("proven", true));

    HttpResult otherSource = as(Caller.SUPERVISOR).postJson("/api/competency/people/" + liMing + "/ratings",
        "{\"competency\":\"GEN-TEAM\",\"level\":5,\"source\":\"ASSESSMENT\"}");
    assertThat(otherSource.status()).isEqualTo(403);
    assertThat(String.valueOf(JsonBody.object(otherSource).get("message"))).contains("上级评价");
    HttpResult outsider = as(Caller.SUPERVISOR).postJson("/api/competency/people/" + chenJing + "/ratings",
        "{\"competency\":\"GEN-TEAM\",\"level\":4,\"source\":\"SUPERVISOR_RATING\"}");
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(as(Caller.STAFF).postJson("/api/competency/people/" + liMing + "/ratings",
        "{\"competency\":\"GEN-TEAM\",\"level\":5,\"source\":\"SELF_ASSESSMENT\"}").status()).as("API is for HR and supervisors").isEqualTo(403);
  }

  @Test
  void staffAssessThemselvesOnTheirPage_andASelfAssessmentNeverLiftsAVerifiedLevel() {
    PortalHttp staff = FormLogin.signIn(PortalHttp.anonymous(portal).context(), Caller.STAFF.username(), Caller.STAFF.password());
    HttpResult page = staff.get("/learning/competency.xhtml");
    assertThat(page.body()).contains("id=\"ratingForm\"").contains("当前等级判定规则");
    // 李明's PRO-VEH-DISPATCH is 3 by an assessment; a self-assessment of 5 is kept but does not count
    HttpResult saved = submitRating(staff, page, Map.of("competency_input", "PRO-VEH-DISPATCH", "level_input", "5",
        "date_input", LocalDate.now().toString(), "note", "自评 " + UUID.randomUUID().toString().substring(0, 6)));
    assertThat(saved.status()).as(saved.describe()).isEqualTo(200);
    assertThat(saved.body()).contains("已记录 PRO-VEH-DISPATCH 5 级；当前等级为 3 级（已证实）");
    Map<String, Object> mine = JsonBody.object(as(Caller.STAFF).get("/api/competency/me"));
    assertThat(list(mine.get("gaps"))).extracting(g -> g.get("competency")).doesNotContain("PRO-VEH-DISPATCH");

    HttpResult invalid = submitRating(staff, staff.get("/learning/competency.xhtml"), Map.of("competency_input", "PRO-VEH-DISPATCH",
        "level_input", "", "date_input", LocalDate.now().toString(), "note", ""));
    assertThat(invalid.body()).contains("等级必须在 1 到 5 之间");
  }

  // ---- helpers

  private String personKey(Caller caller) {
    return (String) JsonBody.object(as(caller).get("/api/competency/me")).get("personId");
  }

  /** A new candidate for the dispatch post (GEN-COMM 2, so a gap against its required 3); returns the key C…. */
  private String importCandidate(String tag) throws Exception {
    String no = "RT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + tag;
    byte[] xlsx = workbook(new String[][] {
      {"报名编号", "姓名", "出生日期", "学历", "进入渠道", "专业类别", "报考岗位编码", "能力:PRO-VEH-DISPATCH", "能力:GEN-COMM", "能力:GEN-INTEG"},
      {no, "评定测试" + tag, "1998-05-06", "本科", "公开招考", "工学", DISPATCH, "3", "2", "3"},
    });
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(PortalHttp.anonymous(portal).resolve("/api/candidates/import"))
        .header("Authorization", basic(Caller.HR))
        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    long id = list(JsonBody.parse(as(Caller.HR).get("/api/candidates"))).stream().filter(c -> no.equals(c.get("candidateNo")))
        .mapToLong(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
    return "C" + id;
  }

  private static final Pattern RATING_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"ratingForm\"[^>]*>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  /** Posts the rating form of {@code page} as a browser would (without Ajax); {@code fields} by id without the form prefix. */
  private static HttpResult submitRating(PortalHttp session, HttpResult page, Map<String, String> fields) {
    Matcher form = RATING_FORM.matcher(page.body());
    assertThat(form.find()).as("rating form on " + page.uri()).isTrue();
    Matcher action = ACTION.matcher(form.group());
    assertThat(action.find()).isTrue();
    Matcher state = VIEW_STATE.matcher(page.body().substring(form.start()));
    assertThat(state.find()).isTrue();
    Map<String, String> body = new LinkedHashMap<>();
    body.put("ratingForm", "ratingForm");
    fields.forEach((k, v) -> body.put("ratingForm:" + k, v));
    body.put("ratingForm:saveRating", "");
    body.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
    String encoded = body.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return session.postForm(page.uri().resolve(action.group(1).replace("&amp;", "&")), encoded);
  }

  private static String four(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String basic(Caller caller) {
    return "Basic " + Base64.getEncoder().encodeToString((caller.username() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
  }

  /** A response with a binary body. */
  private record Download(int status, String contentType, Map<String, List<String>> headers, byte[] bytes) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream()).findFirst().orElse("");
    }

    String text() {
      return new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
    }
  }

  private Download download(Caller caller, String path) throws Exception {
    URI uri = PortalHttp.anonymous(portal).resolve(path);
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Authorization", basic(caller)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.headers().map(), r.body());
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
