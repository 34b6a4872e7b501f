package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.config.demo.training.DemoCourses;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Gap → training: the demo staff member's recommended learning path (own post and a target post) through
 * the API and on 我的学习, and a training administrator turning a unit's gaps into a draft special plan
 * that records them. Plans are created under unique names; nothing is assumed about other plans.
 */
@PortalIT
@RunAsClient
class LearningPathIT {

  /** The demo staff member's post model and a post with other requirements (公务接待联络岗). */
  private static final String OWN_POST = "P-GWYC-DD";
  private static final String OTHER_POST = "P-JD-LY";

  @ArquillianResource URL portal;

  @Test
  void staffGetsAPathForTheirPostWithAReasonForEveryCourse() {
    Map<String, Object> path = JsonBody.object(TrainingPages.ok(as(Caller.STAFF).get("/api/learning/path")));

    assertThat(path).containsEntry("post", OWN_POST).containsEntry("targetPost", false);
    assertThat((String) path.get("model")).startsWith(OWN_POST + "@v");
    List<Map<String, Object>> items = TrainingPages.list(path.get("items"));
    assertThat(items).isNotEmpty();
    assertThat(items).allSatisfy(i -> {
      assertThat((String) i.get("reason")).matches("提升 \\S+ 从 \\d 级到 \\d 级(；.*)?");
      assertThat(i).containsEntry("completed", false).containsKeys("courseId", "course", "competencyCode", "fromLevel", "toLevel",
          "requiredLevel", "weight");
      assertThat(((Number) i.get("toLevel")).intValue()).isLessThanOrEqualTo(((Number) i.get("requiredLevel")).intValue())
          .isGreaterThan(((Number) i.get("fromLevel")).intValue());
    });
    // 政务服务意识与主动服务能力 trains 沟通协调 to 3, where 李明 stands at 2
    assertThat(items).anySatisfy(i -> assertThat(i).containsEntry("course", DemoCourses.byKey("G4").title())
        .containsEntry("reason", "提升 沟通协调 从 2 级到 3 级"));
    // completed in the demo data: never recommended again
    assertThat(items).extracting(i -> i.get("course")).doesNotContain(DemoCourses.byKey("V1").title());
    // 应急处置 has no course: listed, not hidden
    assertThat(TrainingPages.list(path.get("uncovered"))).extracting(u -> u.get("competencyCode")).contains("GEN-EMERG");
  }

  @Test
  void aTargetPostGivesTheGapToThatPostAndAnotherPath() {
    PortalHttp staff = as(Caller.STAFF);
    Map<String, Object> own = JsonBody.object(TrainingPages.ok(staff.get("/api/learning/path")));
    Map<String, Object> target = JsonBody.object(TrainingPages.ok(staff.get("/api/learning/path?post=" + OTHER_POST)));

    assertThat(target).containsEntry("post", OTHER_POST).containsEntry("targetPost", true);
    assertThat(target.get("model")).isNotEqualTo(own.get("model"));
    List<Object> targetCourses = TrainingPages.list(target.get("items")).stream().map(i -> i.get("courseId")).toList();
    assertThat(targetCourses).isNotEmpty().isNotEqualTo(TrainingPages.list(own.get("items")).stream().map(i -> i.get("courseId")).toList());
    assertThat(TrainingPages.list(target.get("items"))).extracting(i -> i.get("course")).contains(DemoCourses.byKey("R1").title());
  }

  @Test
  void unknownTargetPostIsA404AndAnonymousA401() {
    HttpResult unknown = as(Caller.STAFF).get("/api/learning/path?post=NO-SUCH-POST");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.isJson()).isTrue();
    HttpResult anonymous = PortalHttp.anonymous(portal).get("/api/learning/path");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.isJson()).isTrue();
  }

  @Test
  void myLearningShowsThePathWithLinksToStart() {
    PageSession staff = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password());
    Document page = staff.get("learning/index.xhtml").page();
    Element table = page.getElementById("learningPathForm:learningPath");
    assertThat(table).as("the path table on 我的学习").isNotNull();
    assertThat(table.text()).contains("提升 沟通协调 从 2 级到 3 级");
    assertThat(table.select("a[href*=course.xhtml]")).isNotEmpty();
    assertThat(page.getElementById("learningPathForm:learningPathUncovered").text()).contains("暂无课程");
  }

  @Test
  void hrSeesThePathOnAPersonsProfileWithoutStudyLinks() {
    String key = (String) JsonBody.object(TrainingPages.ok(as(Caller.STAFF).get("/api/competency/me"))).get("personId");
    PageSession hr = PageSession.signIn(portal, Caller.HR.username(), Caller.HR.password());
    Element table = hr.get("hr/person.xhtml?key=" + key).page().getElementById("learningPathForm:learningPath");
    assertThat(table).as("the path on HR's person page").isNotNull();
    assertThat(table.text()).contains("提升 沟通协调 从 2 级到 3 级");
    assertThat(table.select(".path-start")).as("no 开始学习 for someone else").isEmpty();
  }

  @Test
  void myCompetencyPageShowsTheGapToAChosenTargetPost() {
    PageSession staff = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password());
    JsfForm form = JsfForm.of(staff.get("learning/competency.xhtml"), "targetForm").set("targetForm:targetPost_input", OTHER_POST);
    Document page = staff.submit(form, "targetForm:showTarget").page();
    Element target = page.getElementById("targetLearningPathForm:targetLearningPath");
    assertThat(target).as("the target post's path").isNotNull();
    assertThat(target.text()).contains(DemoCourses.byKey("R1").title());
  }

  @Test
  void trainerTurnsAUnitsGapsIntoADraftSpecialPlanThatRecordsThem() {
    PageSession trainer = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    long unit = vehicleDivisionId();

    JsfForm choose = JsfForm.of(trainer.get("training/plan-from-gaps.xhtml"), "gapPlanForm");
    choose.set("gapPlanForm:scope", "UNIT").set("gapPlanForm:unit_input", String.valueOf(unit));
    PageSession.Response shown = trainer.submit(choose, "gapPlanForm:showGaps");
    Document proposal = shown.page();
    assertThat(TrainingPages.errors(proposal)).isEmpty();
    List<String> gapNames = proposal.select("[id='gapPlanForm:gaps'] tbody tr td:first-child").eachText();
    assertThat(gapNames).as("the unit's gaps").isNotEmpty();
    List<String> courses = proposal.select("[id='gapPlanForm:courses'] tbody tr td:nth-child(2)").eachText();
    assertThat(courses).as("the proposed courses").isNotEmpty();

    String name = "差距专项计划 " + System.nanoTime();
    JsfForm create = JsfForm.of(shown, "gapPlanForm").set("gapPlanForm:name", name);
    PageSession.Response created = trainer.submit(create, "gapPlanForm:create");
    assertThat(created.status()).as(created.text()).isIn(302, 303);

    Map<String, Object> plan = TrainingPages.list(JsonBody.parse(TrainingPages.ok(as(Caller.TRAINER).get("/api/plans")))).stream()
        .filter(p -> name.equals(p.get("name"))).findFirst().orElseThrow();
    assertThat(plan).containsEntry("kind", "SPECIAL").containsEntry("status", "DRAFT");
    Document planPage = trainer.get("training/plan.xhtml?id=" + ((Number) plan.get("id")).longValue()).page();
    assertThat(planPage.getElementById("planGapsForm:draftCourses").select("tbody tr td:first-child").eachText())
        .containsExactlyInAnyOrderElementsOf(courses);
    assertThat(planPage.text()).contains("本计划针对的能力差距");
    assertThat(planPage.getElementById("planGapsForm:gapTable").select("tbody tr td:first-child").eachText())
        .containsAnyElementsOf(gapNames);
  }

  @Test
  void nobodyButTrainingAdministratorsReachesThePlanFromGapsPage() {
    PageSession staff = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password());
    assertThat(staff.get("training/plan-from-gaps.xhtml").status()).isEqualTo(403);
  }

  /** 公务用车管理处, the demo staff member's division (whose posts have models and gaps). */
  private long vehicleDivisionId() {
    return TrainingPages.list(JsonBody.parse(TrainingPages.ok(as(Caller.TRAINER).get("/api/units")))).stream()
        .filter(u -> "公务用车管理处".equals(u.get("name"))).map(u -> ((Number) u.get("id")).longValue()).findFirst().orElseThrow();
  }

  private PortalHttp as(Caller caller) {
    return PortalHttp.basic(portal, caller.username(), caller.password());
  }
}
