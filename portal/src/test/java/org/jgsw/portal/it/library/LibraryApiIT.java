package org.jgsw.portal.it.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;

/**
 * The library through its REST API, on documents imported by the test itself: document numbers
 * typed any way, colloquial terms through synonyms, filters and facets, the JSON Lines import with
 * broken lines, near-real-time search after a save, and who may write.
 */
@PortalIT
@RunAsClient
class LibraryApiIT {

  /** Unique per run: the suite shares one database. */
  private static final int N = 100 + ThreadLocalRandom.current().nextInt(800);

  @ArquillianResource URL portal;

  private LibraryApi librarian() {
    return new LibraryApi(portal, Caller.LIBRARIAN);
  }

  private LibraryApi staff() {
    return new LibraryApi(portal, Caller.STAFF);
  }

  private static String line(String externalId, String kind, String title, String number, String status, String extra) {
    return "{\"externalId\":\"" + externalId + "\",\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"number\":\"" + number
        + "\",\"issuer\":\"测试发布机关\",\"region\":\"四川\",\"domains\":[\"公务用车\"],\"status\":\"" + status
        + "\",\"issuedOn\":\"2024-03-01\",\"effectiveOn\":\"2024-05-01\",\"tags\":[\"测试\"],\"summary\":\"接口测试用资料。\""
        + extra + ",\"body\":\"第一章 总则\\n第一条 为规范测试用车辆调度，制定本规范。\\n第十二条 车辆应当每季度保养一次。\\n4.2.1 驾驶员应当持证上岗。\"}";
  }

  private void importNumbers() {
    String body = String.join("\n",
        line("IT-NUM-STD-" + N, "STANDARD", "测试车辆调度服务规范" + N, "DB51/T 7" + N + "-2024", "CURRENT", ""),
        line("IT-NUM-REG-" + N, "REGULATION", "测试车辆调度管理办法" + N, "川测发〔2031〕" + N + "号", "CURRENT", ""));
    HttpResult result = librarian().importLines(body);
    assertThat(result.status()).as(result.describe()).isEqualTo(200);
  }

  @Test
  void theBenchmarksKeptAliveClientReadsWhatTheHttpClientReads() throws Exception {
    importNumbers();
    String auth = KeepAliveGet.basic(Caller.STAFF.username(), Caller.STAFF.password());
    java.net.URI context = portal.toURI();
    String search = "api/search?q=" + java.net.URLEncoder.encode("测试车辆调度 " + N, java.nio.charset.StandardCharsets.UTF_8);
    try (KeepAliveGet lean = new KeepAliveGet(context, auth)) {
      for (int i = 0; i < 3; i++) { // one connection, several answers
        KeepAliveGet.Answer answer = lean.get(context.resolve(search));
        assertThat(answer.status()).isEqualTo(200);
        HttpResult asRead = new HttpResult("GET", context.resolve(search), answer.status(),
            java.net.http.HttpHeaders.of(Map.of(), (name, value) -> true), answer.body());
        Map<String, Object> expected = JsonBody.object(staff().get(search));
        assertThat(JsonBody.object(asRead).get("hits")).isEqualTo(expected.get("hits"));
        assertThat(JsonBody.object(asRead).get("total")).isEqualTo(expected.get("total"));
        assertThat(answer.body()).contains("测试车辆调度服务规范" + N);
        // the search's own time, to the microsecond, in the standard header
        assertThat(answer.headers().get("server-timing")).matches("search;dur=\\d+\\.\\d{3}");
      }
      assertThat(lean.get(context.resolve("api/me")).body()).contains(Caller.STAFF.username());
      assertThat(lean.get(context.resolve("api/library/documents/0")).status()).isEqualTo(404);
    }
    try (KeepAliveGet anonymous = new KeepAliveGet(context, null)) {
      assertThat(anonymous.get(context.resolve(search)).status()).isEqualTo(401);
    }
  }

  @Test
  void numbersAreFoundHoweverTheyAreTyped() {
    importNumbers();
    for (String q : List.of("DB51/T 7" + N + "-2024", "DB51/T7" + N, "db51t7" + N, "DB51/T 7" + N)) {
      HttpResult r = staff().search(q);
      assertThat(r.status()).as(r.describe()).isEqualTo(200);
      assertThat(staff().hits(r)).as(q + " → " + r.body()).isNotEmpty();
      assertThat(staff().hits(r).get(0)).as(q).containsEntry("number", "DB51/T 7" + N + "-2024").containsEntry("kind", "STANDARD");
    }
    for (String q : List.of("川测发〔2031〕" + N + "号", "川测发 2031 " + N + "号", "川测发[2031]" + N)) {
      HttpResult r = staff().search(q);
      assertThat(staff().hits(r)).as(q + " → " + r.body()).isNotEmpty();
      assertThat(staff().hits(r).get(0)).as(q).containsEntry("externalId", "IT-NUM-REG-" + N);
    }
    // demo library: national standard and 国办发 文号
    assertThat(staff().hits(staff().search("GB/T 2887")).get(0)).containsEntry("number", "GB/T 2887-2011");
    assertThat(staff().hits(staff().search("国办发 2017 71号")).get(0)).containsEntry("number", "国办发〔2017〕71号");
  }

  @Test
  void anArticleIsFoundWrittenEitherWay_andTheHitNamesItsClause() {
    importNumbers();
    for (String q : List.of("测试车辆调度管理办法" + N + " 第十二条", "测试车辆调度管理办法" + N + " 第12条")) {
      HttpResult r = staff().search(q);
      Map<String, Object> top = staff().hits(r).get(0);
      assertThat(top).as(q + " → " + r.body()).containsEntry("externalId", "IT-NUM-REG-" + N);
      assertThat(top.get("clause")).as(q).isEqualTo("第十二条");
    }
  }

  @Test
  void queryCharactersNeverCauseAnError() {
    for (String q : List.of("/", "(", "\"", "*", "AND", "公务用车 AND (", "\"未闭合", "a:b", "DB51/T", "~!@#$%^&*()_+{}|:<>?", "OR NOT")) {
      HttpResult r = staff().search(q);
      assertThat(r.status()).as(q + " → " + r.describe()).isEqualTo(200);
      assertThat(JsonBody.object(r)).containsKeys("total", "tookMs", "hits", "facets");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void colloquialTermsAndFiltersAndFacets() {
    HttpResult r = staff().search("公车", "kind", "REGULATION", "size", "20");
    List<Map<String, Object>> hits = staff().hits(r);
    assertThat(hits).as(r.body()).isNotEmpty().allSatisfy(h -> assertThat(h).containsEntry("kind", "REGULATION"));
    assertThat(hits).extracting(h -> (String) h.get("title")).anySatisfy(t -> assertThat(t).contains("公务用车"));
    Map<String, Object> facets = (Map<String, Object>) JsonBody.object(r).get("facets");
    assertThat(facets).containsKeys("kind", "region", "domain", "status", "year");
    // drill sideways: the kind facet still shows the other kinds
    assertThat((Map<String, Object>) facets.get("kind")).containsKeys("REGULATION", "STANDARD");

    HttpResult question = staff().search("公务接待陪餐人数有什么规定");
    assertThat(staff().hits(question)).as(question.body()).extracting(h -> (String) h.get("title"))
        .anySatisfy(t -> assertThat(t).contains("公务接待"));

    HttpResult inForce = staff().search("四川省公务用车管理办法", "inForceOn", "2015-01-01");
    assertThat(staff().hits(inForce)).as(inForce.body()).extracting(h -> (String) h.get("externalId")).contains("REG-003").doesNotContain("REG-002");

    HttpResult suggest = staff().get("api/search/suggest?q=gwyc");
    assertThat(suggest.status()).isEqualTo(200);
    assertThat(suggest.body()).contains("公务用车");
  }

  @Test
  void aRepealedDocumentLinksToItsReplacement() {
    HttpResult r = staff().search("四川省公务用车管理办法（2012年）");
    Map<String, Object> repealed = staff().hits(r).stream().filter(h -> "REG-003".equals(h.get("externalId"))).findFirst().orElseThrow();
    assertThat(repealed).containsEntry("status", "REPEALED");
    HttpResult doc = staff().get("api/library/documents/" + ((Number) repealed.get("id")).longValue());
    assertThat(doc.status()).as(doc.describe()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> replacedBy = (Map<String, Object>) JsonBody.object(doc).get("replacedBy");
    assertThat(replacedBy).containsEntry("title", "四川省公务用车管理实施细则");
    assertThat(staff().get("api/library/documents/987654321").status()).isEqualTo(404);
  }

  @Test
  void importReportsBrokenLinesByNumber_keepsTheGoodOnes_andReimportUpdates() {
    String ok1 = line("IT-IMP-A-" + N, "CASE", "导入测试案例甲" + N, "", "CURRENT", "");
    String ok2 = line("IT-IMP-B-" + N, "STANDARD", "导入测试标准乙" + N, "DB51/T 8" + N + "-2025", "CURRENT", "");
    String body = String.join("\n",
        ok1,
        "{ this is not json",
        line("IT-IMP-C-" + N, "BOOK", "错误类型" + N, "", "CURRENT", ""),
        "",
        ok2,
        "{\"externalId\":\"IT-IMP-D-" + N + "\",\"kind\":\"CASE\",\"region\":\"四川\",\"status\":\"CURRENT\"}",
        line("IT-IMP-E-" + N, "CASE", "日期错误" + N, "", "CURRENT", ",\"issuedOn\":\"2024-13-45\"").replace(",\"issuedOn\":\"2024-03-01\"", ""));
    HttpResult first = librarian().importLines(body);
    assertThat(first.status()).as(first.describe()).isEqualTo(200);
    Map<String, Object> report = JsonBody.object(first);
    assertThat(report).as(first.body()).containsEntry("created", 2L).containsEntry("updated", 0L).containsEntry("rejected", 4L);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> problems = (List<Map<String, Object>>) report.get("problems");
    assertThat(problems).extracting(p -> ((Number) p.get("line")).intValue()).containsExactly(2, 3, 6, 7);
    assertThat(problems.get(1)).containsEntry("externalId", "IT-IMP-C-" + N);
    assertThat((String) problems.get(2).get("message")).contains("标题");

    HttpResult again = librarian().importLines(ok1.replace("导入测试案例甲", "导入测试案例甲改") + "\n" + ok2);
    assertThat(JsonBody.object(again)).as(again.body()).containsEntry("created", 0L).containsEntry("updated", 2L).containsEntry("rejected", 0L);
    HttpResult found = staff().search("导入测试案例甲改" + N);
    assertThat(staff().hits(found)).as(found.body()).extracting(h -> h.get("externalId")).containsOnlyOnce("IT-IMP-A-" + N);
  }

  @Test
  void aSavedDocumentIsSearchableWithinOneSecond() {
    String title = "近实时检索验证规范" + N + "号";
    HttpResult created = librarian().create(line("IT-NRT-" + N, "STANDARD", title, "DB51/T 9" + N + "-2026", "CURRENT", ""));
    assertThat(created.status()).as(created.describe()).isEqualTo(201);
    long saved = System.nanoTime();
    boolean found = false;
    while (!found && System.nanoTime() - saved < 1_000_000_000L) {
      found = staff().hits(staff().search("DB51/T 9" + N + "-2026")).stream().anyMatch(h -> ("IT-NRT-" + N).equals(h.get("externalId")));
    }
    assertThat(found).as("searchable within 1 s of the save").isTrue();
  }

  @Test
  void onlyLibrariansWrite() {
    String one = line("IT-SEC-" + N, "CASE", "权限测试" + N, "", "CURRENT", "");
    for (Caller c : List.of(Caller.STAFF, Caller.HR, Caller.ADMIN)) {
      HttpResult r = new LibraryApi(portal, c).importLines(one);
      assertThat(r.status()).as(c + " " + r.describe()).isEqualTo(403);
      assertThat(r.isJson()).isTrue();
      assertThat(new LibraryApi(portal, c).create(one).status()).isEqualTo(403);
    }
    assertThat(new LibraryApi(portal, Caller.ANONYMOUS).importLines(one).status()).isEqualTo(401);
    assertThat(new LibraryApi(portal, Caller.ANONYMOUS).search("公务用车").status()).isEqualTo(401);
    HttpResult invalid = librarian().create("{\"kind\":\"CASE\",\"status\":\"CURRENT\"}");
    assertThat(invalid.status()).as(invalid.describe()).isEqualTo(400);
    assertThat(invalid.body()).contains("validation_failed");
  }

  @Test
  void anAdministratorRebuildsTheIndexThroughTheApiWhileSearchKeepsWorking() throws InterruptedException {
    importNumbers();
    PortalHttp admin = PortalHttp.basic(portal, Caller.ADMIN.username(), Caller.ADMIN.password());
    HttpResult refused = PortalHttp.basic(portal, Caller.LIBRARIAN.username(), Caller.LIBRARIAN.password())
        .postJson("/api/library/reindex", "");
    assertThat(refused.status()).as(refused.describe()).isEqualTo(403);

    HttpResult started = admin.postJson("/api/library/reindex", "");
    assertThat(started.status()).as(started.describe()).isIn(202, 409); // 409: another test's rebuild is running
    Map<String, Object> state = JsonBody.object(started);
    for (int i = 0; i < 600 && Boolean.TRUE.equals(state.get("running")); i++) {
      HttpResult during = staff().search("DB51/T 7" + N + "-2024");
      assertThat(during.status()).as(during.describe()).isEqualTo(200);
      Thread.sleep(100);
      state = JsonBody.object(admin.get("/api/library/reindex"));
    }
    assertThat(state).containsEntry("running", false);
    assertThat(state.get("error")).isNull();
    assertThat(((Number) state.get("indexed")).longValue()).isGreaterThanOrEqualTo(2);
    assertThat(staff().hits(staff().search("db51t7" + N))).isNotEmpty();
  }
}
