package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Library ↔ training ↔ competency: a document lists the courses citing it; repealing or replacing it
 * (JSON Lines import or REST) notifies the course's owner at once, naming the lessons and the new
 * version, which in turn lists the courses still citing the old one; search narrowed to a competency;
 * the competency page.
 */
@PortalIT
@RunAsClient
@SuppressWarnings("unchecked")
class LibraryLinksIT {

  /** 鹦鹉螺联动检索, URL-encoded: the word the search test's documents share. */
  private static final String WORD = java.net.URLEncoder.encode("鹦鹉螺联动检索", StandardCharsets.UTF_8);

  @ArquillianResource URL portal;

  @Test
  void aRepealByImportNotifiesTheCitingCoursesOwnerAndTheNewVersionListsTheCourseStillCitingTheOld() {
    String run = unique();
    long old = createDocument("IT-LINK-OLD-" + run, "联动测试旧办法" + run, "CURRENT", "");
    String title = "引用联动测试 " + run;
    long course = publishCourseCiting(old, title);

    Map<String, Object> cited = document(old);
    assertThat(list(cited.get("citedBy"))).as(cited.toString()).singleElement().satisfies(c -> {
      assertThat(((Number) c.get("courseId")).longValue()).isEqualTo(course);
      assertThat(c).containsEntry("title", title);
      assertThat(((Number) c.get("version")).intValue()).isEqualTo(1);
      assertThat((List<Object>) c.get("lessons")).containsExactly("第一课 " + title);
    });

    long replacement = createDocument("IT-LINK-NEW-" + run, "联动测试新办法" + run, "CURRENT", "");
    HttpResult imported = send(Caller.LIBRARIAN, "POST", "api/library/import", "application/x-ndjson",
        line("IT-LINK-OLD-" + run, "联动测试旧办法" + run, "REPEALED", ",\"repealedOn\":\"2025-01-01\",\"replacedBy\":\"IT-LINK-NEW-" + run + "\""));
    assertThat(imported.status()).as(imported.describe()).isEqualTo(200);
    assertThat(((Number) JsonBody.object(imported).get("updated")).intValue()).as(imported.body()).isEqualTo(1);

    // the owner is told at once (no course list opened), once, with the lesson and the new version
    String notices = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password()).get("learning/index.xhtml").text();
    assertThat(notices).contains("课程「" + title + "」引用的资料「联动测试旧办法" + run + "」已废止")
        .contains("「第一课 " + title + "」").contains("新版本：《联动测试新办法" + run + "》");
    assertThat(notices.split("课程「" + title + "」", -1)).hasSize(2);

    Map<String, Object> newVersion = document(replacement);
    assertThat(list(newVersion.get("stillCitingReplaced"))).singleElement().satisfies(c -> {
      assertThat(((Number) c.get("courseId")).longValue()).isEqualTo(course);
      assertThat(((Number) c.get("documentId")).longValue()).isEqualTo(old);
    });
    Document page = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password())
        .get("library/document.xhtml?id=" + replacement).page();
    assertThat(page.getElementById("stillCitingOld").text()).contains("仍引用旧版本的课程").contains(title).contains("联动测试旧办法" + run);
    assertThat(PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password()).get("library/document.xhtml?id=" + old).page()
        .getElementById("citedBy").text()).contains(title).contains("第一课 " + title);
  }

  @Test
  void aRepealThroughTheRestApiNotifiesTheOwnerToo() {
    String run = unique();
    long doc = createDocument("IT-LINK-REST-" + run, "联动测试接口办法" + run, "CURRENT", "");
    String title = "接口废止联动测试 " + run;
    publishCourseCiting(doc, title);

    HttpResult repealed = send(Caller.LIBRARIAN, "PUT", "api/library/documents/" + doc, "application/json",
        line("IT-LINK-REST-" + run, "联动测试接口办法" + run, "REPEALED", ",\"repealedOn\":\"2025-02-01\""));
    assertThat(repealed.status()).as(repealed.describe()).isEqualTo(200);

    String notices = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password()).get("learning/index.xhtml").text();
    assertThat(notices).contains("课程「" + title + "」引用的资料「联动测试接口办法" + run + "」已废止，请复核课时：「第一课 " + title + "」");
  }

  @Test
  void searchNarrowedToACompetencyFindsOnlyLinkedDocumentsAndCountsOnlyThem() {
    String run = unique();
    long linked = createDocument("IT-LINK-CMP-A-" + run, "鹦鹉螺联动检索甲" + run, "CURRENT", "");
    long other = createDocument("IT-LINK-CMP-B-" + run, "鹦鹉螺联动检索乙" + run, "CURRENT", "");
    HttpResult link = send(Caller.LIBRARIAN, "PUT", "api/library/documents/" + linked + "/competencies", "application/json", "[\"GEN-LAW\"]");
    assertThat(link.status()).as(link.describe()).isEqualTo(200);
    assertThat((List<Object>) JsonBody.object(link).get("competencies")).containsExactly("GEN-LAW");

    PortalHttp staff = PortalHttp.basic(portal, Caller.STAFF.username(), Caller.STAFF.password());
    assertThat(ids(staff.get("/api/search?q=" + WORD + "&size=100"))).contains(linked, other);

    HttpResult narrowed = staff.get("/api/search?q=" + WORD + "&size=100&competency=GEN-LAW");
    List<Long> hits = ids(narrowed);
    assertThat(hits).contains(linked).doesNotContain(other);
    Map<String, Object> body = JsonBody.object(narrowed);
    assertThat(((Number) body.get("total")).longValue()).isEqualTo(hits.size());
    Map<String, Map<String, Number>> facets = (Map<String, Map<String, Number>>) body.get("facets");
    assertThat(facets.get("kind").values().stream().mapToLong(Number::longValue).sum()).isEqualTo(hits.size());

    assertThat(staff.get("/api/search?q=x&competency=not%20a%20code").status()).isEqualTo(400);
    assertThat(send(Caller.LIBRARIAN, "PUT", "api/library/documents/" + other + "/competencies", "application/json", "[\"NO-SUCH-SKILL\"]")
        .status()).isEqualTo(400);
    assertThat(send(Caller.STAFF, "PUT", "api/library/documents/" + other + "/competencies", "application/json", "[\"GEN-LAW\"]")
        .status()).isEqualTo(403);
  }

  @Test
  void theEditFormShowsAndChangesADocumentsCompetencies() {
    long doc = documentLinkedToGenLaw("IT-LINK-FORM-", "表单关联能力资料");

    PageSession librarian = PageSession.signIn(portal, Caller.LIBRARIAN.username(), Caller.LIBRARIAN.password());
    PageSession.Response edit = librarian.get("library/manage/edit.xhtml?id=" + doc);
    assertThat(edit.page().select("input[name=editForm:competencies][checked]").eachAttr("value")).containsExactly("GEN-LAW");

    JsfForm form = JsfForm.of(edit, "editForm").set("editForm:competencies", "PRO-MEETING");
    PageSession.Response saved = librarian.submit(form, "editForm:save");
    assertThat(saved.status()).as(saved.text()).isIn(302, 303);
    assertThat((List<Object>) document(doc).get("competencies")).containsExactly("PRO-MEETING");
  }

  @Test
  void theCompetencyPageShowsIndicatorsKeyDocumentsAndCoursesToStaff() {
    long linked = documentLinkedToGenLaw("IT-LINK-SKILL-", "能力页联动资料");

    PageSession staff = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password());
    PageSession.Response response = staff.get("learning/skill.xhtml?code=GEN-LAW");
    assertThat(response.status()).isEqualTo(200);
    Document page = response.page();
    assertThat(page.getElementById("skillCode").text()).isEqualTo("GEN-LAW");
    assertThat(page.getElementById("skillFamily").text()).isEqualTo("通用能力");
    assertThat(page.select("[id$=indicators] tbody tr")).hasSize(5);
    assertThat(page.select("[id$=documents] tr:has(a[href$='id=" + linked + "'])").text()).contains("能力页联动资料").contains("资料管理员关联");
    assertThat(page.select("[id$=courses]").text()).contains("机关事务工作概论与法规体系"); // demo course G1 trains GEN-LAW to 3

    assertThat(staff.get("learning/skill.xhtml?code=NO-SUCH-SKILL").status()).isEqualTo(404);
  }

  // ------------------------------------------------------------------------------ helpers

  private static String unique() {
    return Long.toString(System.nanoTime() % 1_000_000_000L) + ThreadLocalRandom.current().nextInt(10);
  }

  private long publishCourseCiting(long documentId, String title) {
    PageSession trainer = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    PageSession.Response published = TrainingPages.publishCourse(trainer, title, false, 2,
        f -> f.set(":0:lkind", "LIBRARY_CITATION").set(":0:llibrary", String.valueOf(documentId)).set(":0:lnote", "对照学习"));
    assertThat(TrainingPages.errors(published.page())).as(published.text()).isEmpty();
    return TrainingPages.courseId(PortalHttp.basic(portal, Caller.TRAINER.username(), Caller.TRAINER.password()), title);
  }

  private long createDocument(String externalId, String title, String status, String extra) {
    HttpResult created = send(Caller.LIBRARIAN, "POST", "api/library/documents", "application/json", line(externalId, title, status, extra));
    assertThat(created.status()).as(created.describe()).isEqualTo(201);
    return ((Number) JsonBody.object(created).get("id")).longValue();
  }

  /** A new document (external id and title get a unique suffix) a librarian linked to GEN-LAW through the API. */
  private long documentLinkedToGenLaw(String externalIdPrefix, String title) {
    String run = unique();
    long id = createDocument(externalIdPrefix + run, title + run, "CURRENT", "");
    HttpResult linked = send(Caller.LIBRARIAN, "PUT", "api/library/documents/" + id + "/competencies", "application/json", "[\"GEN-LAW\"]");
    assertThat(linked.status()).as(linked.describe()).isEqualTo(200);
    return id;
  }

  private Map<String, Object> document(long id) {
    HttpResult r = PortalHttp.basic(portal, Caller.STAFF.username(), Caller.STAFF.password()).get("/api/library/documents/" + id);
    assertThat(r.status()).as(r.describe()).isEqualTo(200);
    return JsonBody.object(r);
  }

  private static String line(String externalId, String title, String status, String extra) {
    return "{\"externalId\":\"" + externalId + "\",\"kind\":\"REGULATION\",\"title\":\"" + title + "\",\"issuer\":\"测试发布机关\","
        + "\"region\":\"四川\",\"domains\":[\"公务用车\"],\"status\":\"" + status + "\",\"issuedOn\":\"2024-03-01\","
        + "\"effectiveOn\":\"2024-05-01\",\"tags\":[\"联动测试\"],\"summary\":\"联动测试用资料。\"" + extra
        + ",\"body\":\"第一条 鹦鹉螺联动检索测试正文。\"}";
  }

  private static List<Map<String, Object>> list(Object o) {
    return TrainingPages.list(o);
  }

  private static List<Long> ids(HttpResult search) {
    assertThat(search.status()).as(search.describe()).isEqualTo(200);
    return list(JsonBody.object(search).get("hits")).stream().map(h -> ((Number) h.get("id")).longValue()).toList();
  }

  private HttpResult send(Caller caller, String method, String path, String contentType, String body) {
    return PortalHttp.basic(portal, caller.username(), caller.password()).send(method, path, contentType, body);
  }
}
