package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.Test;

/**
 * The unit completion report {@code GET /api/training/reports/units} on the shared server with the
 * demo data: the province's rows add up, agree with the plans' own progress reports and drill down;
 * a course started and then completed by a demo user moves exactly their assignments from 未开始 to
 * 学习中 to 已完成 (an enrolment opened without any progress does not count as started); and who may
 * ask.
 */
@PortalIT
@RunAsClient
class TrainingReportApiIT {

  private static final String REPORT = "/api/training/reports/units";
  private static final String[] COUNTS = {"assigned", "completed", "inProgress", "notStarted", "overdue"};

  @ArquillianResource URL portal;

  @Test
  void provinceRowsAddUpAgreeWithThePlanReportsAndDrillDown() {
    PortalHttp trainer = as(Caller.TRAINER);
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    Map<String, Object> province = JsonBody.object(ok(trainer.get(REPORT)));

    assertThat(((Number) province.get("year")).intValue()).isEqualTo(year);
    assertThat(list(province.get("path"))).isEmpty();
    Map<String, Object> total = map(province.get("unit"));
    assertThat(total).containsEntry("kind", "PROVINCE");
    assertThat(count(total, "assigned")).isPositive()
        .isEqualTo(count(total, "completed") + count(total, "inProgress") + count(total, "notStarted") + count(total, "overdue"));
    assertThat(count(total, "overdue")).isPositive();
    assertThat(decimal(total.get("completionRate"))).isEqualByComparingTo(BigDecimal.valueOf(count(total, "completed") * 100)
        .divide(BigDecimal.valueOf(count(total, "assigned")), 1, RoundingMode.HALF_UP));
    List<Map<String, Object>> rows = list(province.get("units"));
    for (String key : COUNTS) {
      assertThat(rows.stream().mapToLong(r -> count(r, key)).sum()).as("rows' %s", key).isEqualTo(count(total, key));
    }

    // every assignment of this year's plans, counted plan by plan by the plan report
    Map<String, Long> byPlans = new LinkedHashMap<>();
    for (Map<String, Object> plan : list(JsonBody.parse(ok(trainer.get("/api/plans"))))) {
      if (plan.get("start") == null || LocalDate.parse((String) plan.get("start")).getYear() > year
          || LocalDate.parse((String) plan.get("end")).getYear() < year) {
        continue;
      }
      Map<String, Object> planTotal = map(JsonBody.object(ok(trainer.get("/api/plans/" + plan.get("id") + "/progress"))).get("total"));
      for (String key : new String[] {"assigned", "completed", "inProgress", "overdue"}) {
        byPlans.merge(key, count(planTotal, key), Long::sum);
      }
    }
    assertThat(byPlans).containsEntry("assigned", count(total, "assigned")).containsEntry("completed", count(total, "completed"))
        .containsEntry("inProgress", count(total, "inProgress")).containsEntry("overdue", count(total, "overdue"));

    Map<String, Object> city = rows.stream().filter(r -> "CITY".equals(r.get("kind")) && Boolean.TRUE.equals(r.get("hasChildren")))
        .findFirst().orElseThrow();
    Map<String, Object> drilled = JsonBody.object(ok(trainer.get(REPORT + "?unit=" + city.get("code") + "&year=" + year)));
    assertThat(map(drilled.get("unit"))).isEqualTo(city);
    assertThat(list(drilled.get("path"))).extracting(p -> p.get("code")).containsExactly(total.get("code"));
    assertThat(list(drilled.get("units"))).isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("kind")).isIn("DEPARTMENT", "COUNTY"));
    assertThat(list(drilled.get("units")).stream().mapToLong(r -> count(r, "assigned")).sum()).isEqualTo(count(city, "assigned"));

    // a year without plans counts nothing
    Map<String, Object> empty = map(JsonBody.object(ok(trainer.get(REPORT + "?year=2001"))).get("unit"));
    assertThat(count(empty, "assigned")).isZero();
    assertThat(decimal(empty.get("completionRate"))).isEqualByComparingTo("0");
  }

  @Test
  void startingAndCompletingAnAssignedCourseMovesTheUsersAssignmentsThroughTheCounts() {
    PortalHttp admin = as(Caller.ADMIN);
    PortalHttp trainer = as(Caller.TRAINER);
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    Map<Long, LocalDate[]> periods = new LinkedHashMap<>();
    for (Map<String, Object> plan : list(JsonBody.parse(ok(trainer.get("/api/plans"))))) {
      if (plan.get("start") != null) {
        periods.put(((Number) plan.get("id")).longValue(),
            new LocalDate[] {LocalDate.parse((String) plan.get("start")), LocalDate.parse((String) plan.get("end"))});
      }
    }
    List<Map<String, Object>> mine = list(JsonBody.object(ok(admin.get("/api/learning/me"))).get("assignments")).stream()
        .filter(a -> {
          LocalDate[] p = periods.get(((Number) a.get("planId")).longValue());
          return p != null && p[0].getYear() <= year && p[1].getYear() >= year;
        }).toList();
    // a demo course all of whose assignments this year are not started yet
    Map<String, Object> chosen = mine.stream()
        .filter(a -> mine.stream().filter(b -> b.get("courseId").equals(a.get("courseId"))).allMatch(b -> "NOT_STARTED".equals(b.get("status"))))
        .filter(a -> DemoCourses.all().stream().anyMatch(c -> c.title().equals(a.get("course"))))
        .findFirst().orElseThrow(() -> new AssertionError("admin has no unstarted demo course this year: " + mine));
    long courseId = ((Number) chosen.get("courseId")).longValue();
    long k = mine.stream().filter(a -> a.get("courseId").equals(chosen.get("courseId"))).count();
    DemoCourses.DemoCourse demo = DemoCourses.all().stream().filter(c -> c.title().equals(chosen.get("course"))).findFirst().orElseThrow();

    Map<String, Object> before = province(trainer);
    Map<String, Object> study = JsonBody.object(ok(admin.postJson("/api/learning/courses/" + courseId + "/enrolment", "")));
    assertThat(province(trainer)).as("an enrolment without progress is not started").isEqualTo(before);

    long enrolment = ((Number) study.get("enrolment")).longValue();
    List<Map<String, Object>> lessons = list(study.get("lessons"));
    ok(admin.postJson("/api/learning/enrolments/" + enrolment + "/lessons/" + lessons.get(0).get("id") + "/complete", ""));
    Map<String, Object> started = province(trainer);
    assertThat(count(started, "notStarted")).isEqualTo(count(before, "notStarted") - k);
    assertThat(count(started, "inProgress")).isEqualTo(count(before, "inProgress") + k);
    assertThat(count(started, "completed")).isEqualTo(count(before, "completed"));

    for (Map<String, Object> lesson : lessons) {
      study = JsonBody.object(ok(admin.postJson("/api/learning/enrolments/" + enrolment + "/lessons/" + lesson.get("id") + "/complete", "")));
    }
    for (Map<String, Object> quiz : list(study.get("quizzes"))) {
      if ("POST_TEST".equals(quiz.get("purpose"))) {
        Map<String, Object> paper = JsonBody.object(ok(admin.postJson("/api/learning/quizzes/" + quiz.get("id") + "/attempts", "")));
        ok(admin.postJson("/api/learning/quizzes/" + quiz.get("id") + "/attempts/" + paper.get("attempt"), rightAnswers(paper, demo)));
      }
    }
    Map<String, Object> completed = province(trainer);
    assertThat(count(completed, "inProgress")).isEqualTo(count(before, "inProgress"));
    assertThat(count(completed, "completed")).isEqualTo(count(before, "completed") + k);
    assertThat(count(completed, "assigned")).isEqualTo(count(before, "assigned"));
  }

  @Test
  void onlyTrainingAdministratorsAskAndUnknownUnitsOrYearsAreRefused() {
    assertThat(as(Caller.STAFF).get(REPORT).status()).isEqualTo(403);
    assertThat(as(Caller.HR).get(REPORT).status()).isEqualTo(403);
    assertThat(PortalHttp.anonymous(portal).get(REPORT).status()).isEqualTo(401);
    assertThat(as(Caller.ADMIN).get(REPORT).status()).isEqualTo(200);

    HttpResult unknown = as(Caller.TRAINER).get(REPORT + "?unit=NO-SUCH-UNIT");
    assertThat(unknown.status()).as(unknown.describe()).isEqualTo(404);
    assertThat(JsonBody.object(unknown)).containsEntry("error", "not_found");
    HttpResult badYear = as(Caller.TRAINER).get(REPORT + "?year=1800");
    assertThat(badYear.status()).as(badYear.describe()).isEqualTo(400);
    assertThat(JsonBody.object(badYear)).containsEntry("status", 400L);
  }

  // ------------------------------------------------------------------ helpers

  private static Map<String, Object> province(PortalHttp trainer) {
    return map(JsonBody.object(ok(trainer.get(REPORT))).get("unit"));
  }

  private static String rightAnswers(Map<String, Object> paper, DemoCourses.DemoCourse demo) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Map<String, Object> q : list(paper.get("questions"))) {
      DemoCourses.DemoQuestion dq = demo.questions().stream().filter(x -> x.id().equals(q.get("id"))).findFirst().orElseThrow();
      answers.put(dq.id(), List.copyOf(dq.correct()));
    }
    return JsonBody.toJson(Map.of("answers", answers));
  }

  private PortalHttp as(Caller caller) {
    return PortalHttp.basic(portal, caller.username(), caller.password());
  }

  private static HttpResult ok(HttpResult r) {
    assertThat(r.status()).as(r.describe()).isEqualTo(200);
    return r;
  }

  private static long count(Map<String, Object> row, String key) {
    return ((Number) row.get(key)).longValue();
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
