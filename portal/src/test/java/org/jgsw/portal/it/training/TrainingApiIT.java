package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.config.demo.training.DemoCourses;
import org.jgsw.portal.config.demo.training.TrainingDemoData;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;

/**
 * Training through the REST API on the shared server with the demo data: the demo staff member's
 * assignments and ledger, a course taken to completion earning its credit hours, tampered quiz
 * submissions refused, offline-training import with a per-row report, a plan's completion report.
 * Each test uses its own demo account, so the tests do not disturb each other.
 */
@PortalIT
@RunAsClient
class TrainingApiIT {

  @ArquillianResource URL portal;

  @Test
  void demoStaffHasAssignmentsInProgressOneOverdueAndAPartlyFilledLedger() {
    Map<String, Object> me = JsonBody.object(ok(as(Caller.STAFF).get("/api/learning/me")));

    assertThat(me).containsEntry("person", "AH0001").containsEntry("name", "李明");
    List<Map<String, Object>> assignments = list(me.get("assignments"));
    assertThat(assignments).allSatisfy(a -> assertThat(a).containsKeys("course", "plan", "deadline", "progress", "status"));
    List<Map<String, Object>> overdue = assignments.stream().filter(a -> "OVERDUE".equals(a.get("status"))).toList();
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0)).containsEntry("course", DemoCourses.byKey("G2").title());
    assertThat(LocalDate.parse((String) overdue.get(0).get("deadline"))).isBefore(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(assignments).anySatisfy(a -> assertThat(a).containsEntry("status", "IN_PROGRESS")
        .containsEntry("course", DemoCourses.byKey("V2").title()));
    assertThat(assignments).filteredOn(a -> "COMPLETED".equals(a.get("status"))).extracting(a -> a.get("course"))
        .contains(DemoCourses.byKey("G1").title(), DemoCourses.byKey("V1").title());
    assertThat(assignments).extracting(a -> a.get("plan")).anySatisfy(p -> assertThat((String) p).contains(TrainingDemoData.GENERAL_PLAN))
        .anySatisfy(p -> assertThat((String) p).contains(TrainingDemoData.VEHICLE_PLAN))
        .anySatisfy(p -> assertThat((String) p).contains(TrainingDemoData.FOUR_LINES_PLAN));

    Map<String, Object> ledger = map(me.get("ledger"));
    assertThat(((Number) ledger.get("year")).intValue()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    assertThat(decimal(ledger.get("online"))).isEqualByComparingTo(TrainingDemoData.STAFF_ONLINE.value());
    assertThat(decimal(ledger.get("concentrated"))).isEqualByComparingTo(TrainingDemoData.STAFF_CONCENTRATED.value());
    assertThat(decimal(ledger.get("earned"))).isEqualByComparingTo("34");
    // section level and below: 50 online + 90 concentrated a year
    assertThat(decimal(ledger.get("required"))).isEqualByComparingTo("140");
  }

  @Test
  void aCourseTakenToCompletionEarnsItsCreditHours() {
    PortalHttp hr = as(Caller.HR);
    BigDecimal before = decimal(map(JsonBody.object(ok(hr.get("/api/learning/me"))).get("ledger")).get("online"));
    DemoCourses.DemoCourse demo = DemoCourses.byKey("G3");
    long courseId = courseIdOf(hr, demo.title());

    Map<String, Object> study = JsonBody.object(ok(hr.postJson("/api/learning/courses/" + courseId + "/enrolment", "")));
    assertThat(study).containsEntry("completed", false);
    long enrolment = ((Number) study.get("enrolment")).longValue();
    for (Map<String, Object> lesson : list(study.get("lessons"))) {
      study = JsonBody.object(ok(hr.postJson("/api/learning/enrolments/" + enrolment + "/lessons/" + lesson.get("id") + "/complete", "")));
    }
    // all lessons done, but the post-test is not passed yet
    assertThat(study).containsEntry("completed", false).containsEntry("progress", 100L);
    long quiz = ((Number) list(study.get("quizzes")).get(0).get("id")).longValue();

    Map<String, Object> paper = JsonBody.object(ok(hr.postJson("/api/learning/quizzes/" + quiz + "/attempts", "")));
    Map<String, Object> result = JsonBody.object(ok(hr.postJson(
        "/api/learning/quizzes/" + quiz + "/attempts/" + paper.get("attempt"), answersFor(paper, demo, true))));

    assertThat(result).containsEntry("passed", true).containsEntry("courseCompleted", true);
    BigDecimal after = decimal(map(JsonBody.object(ok(hr.get("/api/learning/me"))).get("ledger")).get("online"));
    assertThat(after).isEqualByComparingTo(before.add(new BigDecimal(demo.hours())));
  }

  @Test
  void tamperedQuizSubmissionsAreRefusedAndTheAnswersNeverReachTheBrowser() {
    PortalHttp librarian = as(Caller.LIBRARIAN);
    DemoCourses.DemoCourse demo = DemoCourses.byKey("P1");
    long courseId = courseIdOf(librarian, demo.title());
    Map<String, Object> study = JsonBody.object(ok(librarian.postJson("/api/learning/courses/" + courseId + "/enrolment", "")));
    long quiz = ((Number) list(study.get("quizzes")).get(0).get("id")).longValue();

    HttpResult started = ok(librarian.postJson("/api/learning/quizzes/" + quiz + "/attempts", ""));
    assertThat(started.body()).doesNotContain("correct");
    Map<String, Object> paper = JsonBody.object(started);
    List<Map<String, Object>> questions = list(paper.get("questions"));
    assertThat(questions).hasSize(6).allSatisfy(q -> assertThat(q).containsOnlyKeys("id", "type", "text", "options", "points"));
    String path = "/api/learning/quizzes/" + quiz + "/attempts/" + paper.get("attempt");

    // a question that was not drawn for this attempt
    String drawn = demo.questions().stream().map(DemoCourses.DemoQuestion::id)
        .filter(id -> questions.stream().noneMatch(q -> id.equals(q.get("id")))).findFirst().orElseThrow();
    HttpResult undrawn = librarian.postJson(path, "{\"answers\":{\"" + drawn + "\":[0]}}");
    assertThat(undrawn.status()).as(undrawn.describe()).isEqualTo(409);
    assertThat(JsonBody.object(undrawn)).containsEntry("error", "quiz_question_not_drawn");

    // an option that does not exist
    HttpResult invalid = librarian.postJson(path, "{\"answers\":{\"" + questions.get(0).get("id") + "\":[7]}}");
    assertThat(invalid.status()).as(invalid.describe()).isEqualTo(409);
    assertThat(JsonBody.object(invalid)).containsEntry("error", "quiz_invalid_answer");

    // someone else's attempt
    HttpResult foreign = as(Caller.SUPERVISOR).postJson(path, answersFor(paper, demo, true));
    assertThat(foreign.status()).as(foreign.describe()).isIn(404, 409);

    // the refused submissions did not use up the attempt: a wrong paper is scored as failed, on the server
    Map<String, Object> failed = JsonBody.object(ok(librarian.postJson(path, answersFor(paper, demo, false))));
    assertThat(failed).containsEntry("passed", false).containsEntry("earned", 0L);
    HttpResult again = librarian.postJson(path, answersFor(paper, demo, true));
    assertThat(again.status()).as(again.describe()).isEqualTo(409);
    assertThat(JsonBody.object(again)).containsEntry("error", "quiz_already_submitted");
  }

  @Test
  void offlineTrainingImportRecordsGoodRowsAndReportsBadOnes() {
    String rows = """
        [{"person":"AH0004","className":"IT 专题班 %1$s","start":"2025-03-01","end":"2025-03-03","hours":"16"},
         {"person":"NO-SUCH","className":"IT 专题班 %1$s","start":"2025-03-01","end":"2025-03-03","hours":"16"},
         {"person":"AH0004","className":"","start":"2025/3/1","end":"2025-02-01","hours":"x"}]
        """.formatted(System.nanoTime());
    Map<String, Object> report = JsonBody.object(ok(as(Caller.TRAINER).postJson("/api/offline-training/import", rows)));

    assertThat(report).containsEntry("rows", 3L).containsEntry("recorded", 1L).containsEntry("classes", 1L);
    List<Map<String, Object>> problems = list(report.get("problems"));
    assertThat(problems).extracting(p -> p.get("row")).contains(2L, 3L).doesNotContain(1L);

    HttpResult staff = as(Caller.STAFF).postJson("/api/offline-training/import", rows);
    assertThat(staff.status()).as(staff.describe()).isEqualTo(403);
  }

  @Test
  void planProgressCountsTheDemoStaffsOverdueCourse() {
    PortalHttp trainer = as(Caller.TRAINER);
    List<Map<String, Object>> plans = list(JsonBody.parse(ok(trainer.get("/api/plans"))));
    Map<String, Object> general = plans.stream().filter(p -> ((String) p.get("name")).contains(TrainingDemoData.GENERAL_PLAN))
        .findFirst().orElseThrow();

    Map<String, Object> progress = JsonBody.object(ok(trainer.get("/api/plans/" + general.get("id") + "/progress")));
    Map<String, Object> total = map(progress.get("total"));
    long assigned = ((Number) total.get("assigned")).longValue();
    long completed = ((Number) total.get("completed")).longValue();
    assertThat(assigned).isGreaterThan(0);
    assertThat(((Number) total.get("overdue")).longValue()).isGreaterThan(0);
    assertThat(decimal(total.get("completionRate")))
        .isEqualByComparingTo(BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(assigned), 1, java.math.RoundingMode.HALF_UP));
    long unitSum = list(progress.get("units")).stream().mapToLong(u -> ((Number) u.get("assigned")).longValue()).sum();
    assertThat(unitSum).isEqualTo(assigned);
    assertThat(list(progress.get("units"))).anySatisfy(u -> assertThat(u).containsEntry("name", "公务用车管理处"));

    assertThat(as(Caller.STAFF).get("/api/plans/" + general.get("id") + "/progress").status()).isEqualTo(403);
  }

  // ------------------------------------------------------------------ helpers

  private PortalHttp as(Caller caller) {
    return PortalHttp.basic(portal, caller.username(), caller.password());
  }

  private static HttpResult ok(HttpResult r) {
    assertThat(r.status()).as(r.describe()).isEqualTo(200);
    return r;
  }

  private static long courseIdOf(PortalHttp client, String title) {
    return list(JsonBody.parse(ok(client.get("/api/courses")))).stream().filter(c -> title.equals(c.get("title")))
        .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow(() -> new AssertionError("No course " + title));
  }

  /** The right (or a wrong) answer to every drawn question, from the demo content. */
  private static String answersFor(Map<String, Object> paper, DemoCourses.DemoCourse demo, boolean right) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Map<String, Object> q : list(paper.get("questions"))) {
      DemoCourses.DemoQuestion dq = demo.questions().stream().filter(x -> x.id().equals(q.get("id"))).findFirst().orElseThrow();
      if (right) {
        answers.put(dq.id(), List.copyOf(dq.correct()));
      } else {
        int wrong = java.util.stream.IntStream.range(0, dq.options().size()).filter(i -> !dq.correct().contains(i)).findFirst().orElseThrow();
        answers.put(dq.id(), List.of(wrong));
      }
    }
    return JsonBody.toJson(Map.of("answers", answers));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  private static BigDecimal decimal(Object n) {
    return new BigDecimal(String.valueOf(n));
  }
}
