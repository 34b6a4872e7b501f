package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import org.jgsw.course.application.LearningSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.config.demo.training.DemoCourses;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Training → evidence through real HTTP (issue 6): a demo person with a gap completes a course that
 * trains it with the post-test passed, and the profile, the ranking and the HR pages show training
 * evidence (TRAINING, 培训佐证) with the raised level and a higher fit; a failed quiz adds nothing; a
 * supervisor's Level-3 rating on the team page becomes SUPERVISOR_RATING evidence; HR records a
 * secondment whose host-unit ratings become ROTATION evidence, and nobody else may.
 */
@PortalIT
@RunAsClient
class TrainingEvidenceIT {

  @ArquillianResource URL portal;

  private PortalHttp as(Caller caller) {
    return PortalHttp.basic(portal, caller.username(), caller.password());
  }

  /** A demo course that trains a competency of a post model above level 1. */
  private record Closing(DemoCourses.DemoCourse course, String competency, int level) {}

  @Test
  void aCourseCompletedWithItsQuizPassedRaisesTheLevelAndTheFit_withTrainingEvidence() {
    // the supervisor (王建国) has a post model; an assessment of 1 today gives him a gap a demo course closes
    String key = personKey(Caller.SUPERVISOR);
    String model = (String) profile(key).get("model");
    Closing closing = closingARequirementOf(model);
    HttpResult assessed = as(Caller.HR).postJson("/api/competency/people/" + key + "/ratings",
        JsonBody.toJson(Map.of("competency", closing.competency(), "level", 1, "source", "ASSESSMENT", "note", "IT 测评")));
    assertThat(assessed.status()).as(assessed.describe()).isEqualTo(201);
    Map<String, Object> before = profile(key);
    assertThat(level(before, closing.competency())).containsEntry("level", 1L);

    TrainingPages.Learner learner = new TrainingPages.Learner(portal, Caller.SUPERVISOR.username(), Caller.SUPERVISOR.password(),
        TrainingPages.courseId(as(Caller.SUPERVISOR), closing.course().title()));
    learner.completeLessons();
    assertThat(learner.answerDemo(closing.course(), true)).containsEntry("passed", true).containsEntry("courseCompleted", true);

    Map<String, Object> after = profile(key);
    Map<String, Object> level = level(after, closing.competency());
    assertThat(level).containsEntry("level", (long) closing.level()).containsEntry("proven", true);
    Map<String, Object> evidence = map(level.get("evidence"));
    assertThat(evidence).containsEntry("source", "TRAINING").containsEntry("sourceLabel", "培训佐证").containsEntry("date", serverToday().toString())
        .containsEntry("recordedBy", "系统（课程结业）");
    assertThat((String) evidence.get("detail")).contains(closing.course().title());
    assertThat(num(after.get("fit"))).isGreaterThan(num(before.get("fit")));

    // the ranking (when the person meets the model's hard conditions) and the HR page show the same evidence
    Map<String, Object> ranking = JsonBody.object(TrainingPages.ok(as(Caller.HR).get("/api/matching/" + model + "?limit=1000")));
    TrainingPages.list(ranking.get("ranked")).stream().filter(r -> key.equals(r.get("personId"))).findFirst().ifPresent(ranked -> {
      assertThat(num(ranked.get("fit"))).isEqualTo(num(after.get("fit")));
      assertThat(TrainingPages.list(ranked.get("breakdown"))).filteredOn(b -> closing.competency().equals(b.get("competency"))).singleElement()
          .satisfies(b -> assertThat(map(b.get("evidence"))).containsEntry("source", "TRAINING"));
    });
    PageSession hr = PageSession.signIn(portal, Caller.HR.username(), Caller.HR.password());
    String page = hr.get("/hr/person.xhtml?key=" + key).text();
    assertThat(page).contains("evidence-TRAINING").contains("培训佐证").contains(closing.course().title());
  }

  @Test
  void aFailedQuizAddsNoEvidence() {
    String key = personKey(Caller.TRAINER);
    Map<String, Object> before = profile(key);
    DemoCourses.DemoCourse course = DemoCourses.byKey("E2"); // trains PRO-ENERGY-STAT, which the trainer has not proven

    TrainingPages.Learner learner = new TrainingPages.Learner(portal, Caller.TRAINER.username(), Caller.TRAINER.password(),
        TrainingPages.courseId(as(Caller.TRAINER), course.title()));
    learner.completeLessons();
    assertThat(learner.answerDemo(course, false)).containsEntry("passed", false).containsEntry("courseCompleted", false);

    Map<String, Object> after = profile(key);
    assertThat(after.get("levels")).isEqualTo(before.get("levels"));
    assertThat(after.get("fit")).isEqualTo(before.get("fit"));
  }

  @Test
  void aSupervisorsLevel3RatingBecomesSupervisorRatingEvidence() {
    // the demo has two open Level-3 ratings; this one is the later (V3), so the browser journey keeps the first
    DemoCourses.DemoCourse v3 = DemoCourses.byKey("V3");
    PageSession supervisor = PageSession.signIn(portal, Caller.SUPERVISOR.username(), Caller.SUPERVISOR.password());
    PageSession.Response team = supervisor.get("/team/index.xhtml");
    Element card = team.page().select("#teamForm .card").stream().filter(c -> c.text().contains(v3.title())).findFirst()
        .orElseThrow(() -> new AssertionError("no open Level-3 rating of " + v3.title() + " on " + team.text()));
    String person = card.selectFirst(".card-title").text().split(" · ")[0].strip();
    JsfForm form = JsfForm.of(team, "teamForm");
    for (Element rating : card.select(".ui-rating input[name$=_input]")) {
      form.set(rating.attr("name"), "4");
    }
    PageSession.Response rated = supervisor.submit(form, card.selectFirst("button").attr("name"));
    assertThat(rated.status()).isEqualTo(200);
    assertThat(rated.text()).contains("已提交对 " + person + " 的行为改变评价");

    String key = staffKeyOf(person);
    Map<String, Object> level = level(profile(key), "PRO-VEH-SAFETY");
    assertThat(level).containsEntry("level", 4L).containsEntry("proven", true);
    Map<String, Object> evidence = map(level.get("evidence"));
    assertThat(evidence).containsEntry("source", "SUPERVISOR_RATING").containsEntry("date", serverToday().toString());
    assertThat((String) evidence.get("recordedBy")).contains("王建国");
    assertThat((String) evidence.get("detail")).contains("行为层评价").contains(v3.title());
  }

  @Test
  void hrRecordsASecondment_whoseRatingsBecomeRotationEvidence_andCanDeleteIt() {
    String key = personKey(Caller.LIBRARIAN);
    String host = "南陵县机关事务管理局 " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate end = serverToday().minusDays(1);
    String body = JsonBody.toJson(Map.of("kind", "SECONDMENT", "hostUnit", host, "from", end.minusMonths(3).toString(), "to", end.toString(),
        "evaluation", "工作主动，服务意识强", "ratings", List.of(Map.of("competency", "GEN-SERV", "level", 4), Map.of("competency", "GEN-CONF", "level", 2))));

    HttpResult created = as(Caller.HR).postJson("/api/competency/people/" + key + "/rotations", body);
    assertThat(created.status()).as(created.describe()).isEqualTo(201);
    Map<String, Object> rotation = JsonBody.object(created);
    assertThat(rotation).containsEntry("kind", "SECONDMENT").containsEntry("kindLabel", "挂职").containsEntry("hostUnit", host);
    assertThat(TrainingPages.list(rotation.get("ratings"))).hasSize(2);

    Map<String, Object> profile = profile(key);
    assertThat(TrainingPages.list(profile.get("rotations"))).anySatisfy(r -> assertThat(r).containsEntry("hostUnit", host));
    Map<String, Object> serv = level(profile, "GEN-SERV");
    assertThat(serv).containsEntry("level", 4L).containsEntry("proven", true);
    assertThat(map(serv.get("evidence"))).containsEntry("source", "ROTATION").containsEntry("detail", "挂职：" + host)
        .containsEntry("date", end.toString());

    for (Caller refused : new Caller[] {Caller.STAFF, Caller.SUPERVISOR, Caller.TRAINER}) {
      HttpResult denied = as(refused).postJson("/api/competency/people/" + key + "/rotations", body);
      assertThat(denied.status()).as(refused + " " + denied.describe()).isEqualTo(403);
      assertThat(denied.isJson()).isTrue();
    }

    long id = ((Number) rotation.get("id")).longValue();
    assertThat(as(Caller.HR).send("DELETE", "/api/competency/people/" + key + "/rotations/" + id).status()).isEqualTo(204);
    Map<String, Object> gone = profile(key);
    assertThat(TrainingPages.list(gone.get("rotations"))).noneSatisfy(r -> assertThat(r).containsEntry("hostUnit", host));
    assertThat(gone.get("levels").toString()).doesNotContain(host);
    assertThat(as(Caller.HR).send("DELETE", "/api/competency/people/" + key + "/rotations/" + id).status()).isEqualTo(404);
  }

  @Test
  void aBadRotationIsRefusedWithEveryProblemInChinese() {
    String key = personKey(Caller.LIBRARIAN);
    HttpResult bad = as(Caller.HR).postJson("/api/competency/people/" + key + "/rotations", JsonBody.toJson(Map.of(
        "kind", "HOLIDAY", "hostUnit", " ", "from", serverToday().toString(), "to", serverToday().plusDays(30).toString(),
        "ratings", List.of(Map.of("competency", "NO-SUCH", "level", 9)))));
    assertThat(bad.status()).as(bad.describe()).isEqualTo(400);
    assertThat(bad.isJson()).isTrue();
    assertThat(as(Caller.HR).postJson("/api/competency/people/" + key + "/rotations", JsonBody.toJson(Map.of("kind", "HOLIDAY")))
        .body()).contains("请选择类型");
    String message = String.valueOf(JsonBody.object(as(Caller.HR).postJson("/api/competency/people/" + key + "/rotations",
        JsonBody.toJson(Map.of("kind", "ROTATION", "hostUnit", " ", "to", serverToday().plusDays(30).toString(),
            "ratings", List.of(Map.of("competency", "NO-SUCH", "level", 9)))))).get("message"));
    assertThat(message).contains("请填写接收单位").contains("请填写开始日期").contains("结束日期不能晚于今天").contains("不在能力词典中")
        .contains("等级必须在 1 到 5 之间");
    HttpResult candidate = as(Caller.HR).postJson("/api/competency/people/C1/rotations", JsonBody.toJson(Map.of("kind", "ROTATION")));
    assertThat(candidate.status()).isEqualTo(400);
  }

  // ---- helpers

  private String personKey(Caller caller) {
    return (String) JsonBody.object(as(caller).get("/api/competency/me")).get("personId");
  }

  private Map<String, Object> profile(String key) {
    return JsonBody.object(TrainingPages.ok(as(Caller.HR).get("/api/competency/people/" + key)));
  }

  /** The matching key of the member of staff called {@code name} in the supervisor's team. */
  private String staffKeyOf(String name) {
    Map<String, Object> page = JsonBody.object(TrainingPages.ok(as(Caller.HR).get("/api/people?q=" + java.net.URLEncoder.encode(name,
        java.nio.charset.StandardCharsets.UTF_8) + "&size=50")));
    return TrainingPages.list(page.get("items")).stream().filter(p -> name.equals(p.get("name")) && "公务用车管理处".equals(p.get("unitName")))
        .map(p -> "S" + ((Number) p.get("id")).longValue()).findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + page));
  }

  /**
   * A requirement of {@code model} above level 1 and a demo course that trains it above 1 — among the courses
   * no other test and no demo study has the supervisor complete.
   */
  private Closing closingARequirementOf(String model) {
    Set<String> taken = Set.of("G1", "G2", "G3", "G4", "V1", "V3", "P1");
    Map<String, Object> m = JsonBody.object(TrainingPages.ok(as(Caller.HR).get("/api/competency/models/" + model)));
    for (Map<String, Object> r : TrainingPages.list(m.get("requirements"))) {
      if (((Number) r.get("required")).intValue() < 2) {
        continue;
      }
      for (DemoCourses.DemoCourse c : DemoCourses.all()) {
        for (String trained : c.competencies()) {
          String[] codeLevel = trained.split(":");
          int level = Integer.parseInt(codeLevel[1]);
          if (!taken.contains(c.key()) && codeLevel[0].equals(r.get("competency")) && level > 1 && !c.questions().isEmpty()) {
            return new Closing(c, codeLevel[0], level);
          }
        }
      }
    }
    throw new AssertionError("no demo course trains a requirement of " + model);
  }

  private static Map<String, Object> level(Map<String, Object> profile, String competency) {
    return TrainingPages.list(profile.get("levels")).stream().filter(l -> competency.equals(l.get("competency"))).findFirst()
        .orElseThrow(() -> new AssertionError("no level of " + competency + " in " + profile));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }

  /** Today where the portal dates things (its clock is China time), not on the test machine's clock. */
  private static LocalDate serverToday() {
    return LocalDate.now(LearningSettings.STANDARD.zone());
  }
}
