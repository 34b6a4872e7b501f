package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jgsw.portal.config.demo.training.DemoCourses;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jsoup.nodes.Document;

/**
 * What the evaluation tests do through the pages and the API: a training administrator builds and
 * publishes a course in the course editor (one lesson, a bank of true/false questions whose right
 * answer is 正确), and learners study it and answer quizzes right or wrong through the learning API.
 */
final class TrainingPages {

  private TrainingPages() {}

  /**
   * Creates a course in training/course.xhtml and publishes it; {@code lesson} fills the first lesson's
   * fields (names end with ":0:…"); returns the publish response for further checks.
   */
  static PageSession.Response publishCourse(PageSession trainer, String title, boolean preTest, int questions, Consumer<JsfForm> lesson) {
    JsfForm form = JsfForm.of(trainer.get("training/course.xhtml"), "courseForm");
    fillDetails(form, title, preTest);
    form = JsfForm.of(trainer.submit(form, "courseForm:addLesson"), "courseForm");
    fillDetails(form, title, preTest);
    form.set(":0:ltitle", "第一课 " + title);
    lesson.accept(form);
    for (int i = 0; i < questions; i++) {
      form = JsfForm.of(trainer.submit(form, "courseForm:addQuestion"), "courseForm");
      form.set(":" + i + ":qtype_input", "TRUE_FALSE").set(":" + i + ":qtext", "判断题 " + (i + 1) + "：按规定办理").set(":" + i + ":qcorrect", "1");
    }
    form.number("courseForm:draw", String.valueOf(questions)).number("courseForm:pass", "60").number("courseForm:limit", "3");
    return trainer.submit(form, "courseForm:publish");
  }

  private static void fillDetails(JsfForm form, String title, boolean preTest) {
    form.set("courseForm:title", title).set("courseForm:summary", "效果评价集成测试课程").set("courseForm:hours", "2");
    form.check("courseForm:preTest_input", preTest);
  }

  /** Error messages shown on a page (p:messages and p:message). */
  static List<String> errors(Document page) {
    return page.select(".ui-messages-error-summary, .ui-message-error-detail, .ui-message-error").eachText();
  }

  static long courseId(PortalHttp api, String title) {
    List<Map<String, Object>> courses = list(JsonBody.parse(ok(api.get("/api/courses"))));
    return courses.stream().filter(c -> title.equals(c.get("title"))).map(c -> ((Number) c.get("id")).longValue()).findFirst()
        .orElseThrow(() -> new AssertionError("No published course " + title));
  }

  /** One learner of one course through the learning API. */
  static final class Learner {
    private final PortalHttp api;
    private Map<String, Object> study;

    Learner(URL portal, String username, String password, long courseId) {
      api = PortalHttp.basic(portal, username, password);
      study = JsonBody.object(ok(api.postJson("/api/learning/courses/" + courseId + "/enrolment", "")));
    }

    Map<String, Object> study() {
      return study;
    }

    long quiz(String purpose) {
      return list(study.get("quizzes")).stream().filter(q -> purpose.equals(q.get("purpose"))).map(q -> ((Number) q.get("id")).longValue())
          .findFirst().orElseThrow(() -> new AssertionError("No " + purpose + " in " + study));
    }

    void completeLessons() {
      long enrolment = ((Number) study.get("enrolment")).longValue();
      for (Map<String, Object> l : list(study.get("lessons"))) {
        study = JsonBody.object(ok(api.postJson("/api/learning/enrolments/" + enrolment + "/lessons/" + l.get("id") + "/complete", "")));
      }
    }

    /** Takes the post-test of a demo course, every drawn question answered right or every one wrong; the result. */
    Map<String, Object> answerDemo(DemoCourses.DemoCourse demo, boolean right) {
      long quiz = quiz("POST_TEST");
      Map<String, Object> paper = JsonBody.object(ok(api.postJson("/api/learning/quizzes/" + quiz + "/attempts", "")));
      Map<String, Object> answers = new LinkedHashMap<>();
      for (Map<String, Object> q : list(paper.get("questions"))) {
        DemoCourses.DemoQuestion dq = demo.questions().stream().filter(x -> x.id().equals(q.get("id"))).findFirst().orElseThrow();
        answers.put(dq.id(), right ? List.copyOf(dq.correct())
            : List.of(java.util.stream.IntStream.range(0, dq.options().size()).filter(i -> !dq.correct().contains(i)).findFirst().orElseThrow()));
      }
      return JsonBody.object(ok(api.postJson("/api/learning/quizzes/" + quiz + "/attempts/" + paper.get("attempt"),
          JsonBody.toJson(Map.of("answers", answers)))));
    }

    /** Takes the quiz answering the first {@code right} drawn questions right and the others wrong; the result. */
    Map<String, Object> answer(String purpose, int right) {
      long quiz = quiz(purpose);
      Map<String, Object> paper = JsonBody.object(ok(api.postJson("/api/learning/quizzes/" + quiz + "/attempts", "")));
      Map<String, Object> answers = new LinkedHashMap<>();
      int i = 0;
      for (Map<String, Object> q : list(paper.get("questions"))) {
        answers.put((String) q.get("id"), List.of(i++ < right ? 0 : 1));
      }
      return JsonBody.object(ok(api.postJson("/api/learning/quizzes/" + quiz + "/attempts/" + paper.get("attempt"),
          JsonBody.toJson(Map.of("answers", answers)))));
    }
  }

  static HttpResult ok(HttpResult r) {
    assertThat(r.status()).as(r.describe()).isEqualTo(200);
    return r;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }
}
