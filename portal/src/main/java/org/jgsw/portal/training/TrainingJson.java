package org.jgsw.portal.training;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.AttemptId;
import org.jgsw.course.domain.BehaviourRating;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.CompetencyRating;
import org.jgsw.course.domain.CompetencyTarget;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.CourseVersionId;
import org.jgsw.course.domain.CreditHours;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.Lesson;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.course.domain.LessonId;
import org.jgsw.course.domain.PlanCourse;
import org.jgsw.course.domain.PlanIndicator;
import org.jgsw.course.domain.PlanKind;
import org.jgsw.course.domain.PlanPeriod;
import org.jgsw.course.domain.PlanStatus;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.Question;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.QuestionType;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.QuizPurpose;
import org.jgsw.course.domain.QuizResult;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;

/**
 * Writes the nested parts of the training aggregates as JSON documents and rebuilds the aggregates
 * through their {@code restore} factories. The only place that knows the document layout; the
 * columns the queries need are written by the repositories beside it.
 */
final class TrainingJson {

  private TrainingJson() {}

  // ---------------------------------------------------------------- course

  static String course(Course c) {
    JsonArrayBuilder lessons = Json.createArrayBuilder();
    for (Lesson l : c.lessons()) {
      JsonObjectBuilder content = Json.createObjectBuilder().add("kind", l.content().kind().name());
      if (l.content() instanceof LessonContent.RichText t) {
        content.add("html", t.html());
      } else if (l.content() instanceof LessonContent.DocumentAttachment d) {
        content.add("ref", d.documentRef()).add("file", d.fileName());
      } else if (l.content() instanceof LessonContent.VideoLink v) {
        content.add("url", v.url());
      } else if (l.content() instanceof LessonContent.LibraryCitation lc) {
        content.add("doc", lc.libraryDocumentId()).add("note", lc.note());
      }
      lessons.add(Json.createObjectBuilder().add("id", l.id().value()).add("title", l.title())
          .add("minutes", l.estimatedMinutes()).add("content", content));
    }
    JsonArrayBuilder competencies = Json.createArrayBuilder();
    c.targetCompetencies().forEach(t -> competencies.add(Json.createObjectBuilder().add("code", t.competencyCode()).add("level", t.level())));
    return Json.createObjectBuilder()
        .add("title", c.title())
        .add("summary", c.summary())
        .add("kind", c.category().kind().name())
        .add("domain", c.category().businessDomain())
        .add("posts", strings(c.targetPosts()))
        .add("competencies", competencies)
        .add("hours", c.creditHours().value().toPlainString())
        .add("minutes", c.estimatedMinutes())
        .add("owner", c.owner())
        .add("lessons", lessons)
        .build().toString();
  }

  static Course course(CourseVersionId id, CourseStatus status, String json) {
    JsonObject o = parse(json);
    Course.Builder b = Course.Builder.content()
        .title(o.getString("title"))
        .summary(o.getString("summary", ""))
        .category(new CourseCategory(CourseCategory.Kind.valueOf(o.getString("kind")), o.getString("domain", "")))
        .targetPosts(stringList(o.getJsonArray("posts")))
        .creditHours(o.getString("hours"))
        .estimatedMinutes(o.getInt("minutes"))
        .owner(o.getString("owner"));
    for (JsonObject t : o.getJsonArray("competencies").getValuesAs(JsonObject.class)) {
      b.trains(t.getString("code"), t.getInt("level"));
    }
    for (JsonObject l : o.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
      JsonObject ct = l.getJsonObject("content");
      LessonContent content = switch (LessonContent.Kind.valueOf(ct.getString("kind"))) {
        case RICH_TEXT -> new LessonContent.RichText(ct.getString("html"));
        case DOCUMENT -> new LessonContent.DocumentAttachment(ct.getString("ref"), ct.getString("file", ""));
        case VIDEO -> new LessonContent.VideoLink(ct.getString("url"));
        case LIBRARY_CITATION -> new LessonContent.LibraryCitation(ct.getString("doc"), ct.getString("note", ""));
      };
      b.lesson(l.getString("id"), l.getString("title"), l.getInt("minutes"), content);
    }
    return Course.restore(id, status, b);
  }

  // ---------------------------------------------------------------- quiz

  static String quiz(Quiz q) {
    JsonArrayBuilder bank = Json.createArrayBuilder();
    for (Question question : q.bank()) {
      bank.add(Json.createObjectBuilder()
          .add("id", question.id().value())
          .add("type", question.type().name())
          .add("text", question.text())
          .add("options", strings(question.options()))
          .add("correct", ints(question.correct()))
          .add("points", question.points()));
    }
    return Json.createObjectBuilder()
        .add("title", q.title())
        .add("purpose", q.purpose().name())
        .add("draw", q.drawCount())
        .add("passMark", q.passMarkPercent())
        .add("attempts", q.attemptLimit())
        .add("timeLimitSeconds", q.timeLimit().toSeconds())
        .add("bank", bank)
        .build().toString();
  }

  static Quiz quiz(QuizId id, CourseId course, String json) {
    JsonObject o = parse(json);
    Quiz.Builder b = Quiz.builder(id, course)
        .title(o.getString("title"))
        .purpose(QuizPurpose.valueOf(o.getString("purpose")))
        .passMarkPercent(o.getInt("passMark"))
        .attemptLimit(o.getInt("attempts"))
        .timeLimit(Duration.ofSeconds(o.getJsonNumber("timeLimitSeconds").longValue()));
    for (JsonObject q : o.getJsonArray("bank").getValuesAs(JsonObject.class)) {
      b.question(new Question(QuestionId.of(q.getString("id")), QuestionType.valueOf(q.getString("type")), q.getString("text"),
          stringList(q.getJsonArray("options")), intSet(q.getJsonArray("correct")), q.getInt("points")));
    }
    b.drawCount(o.getInt("draw"));
    return b.build();
  }

  // ---------------------------------------------------------------- attempt

  static String attempt(Attempt a) {
    JsonObjectBuilder o = Json.createObjectBuilder()
        .add("drawn", strings(a.drawnQuestions().stream().map(QuestionId::value).toList()))
        .add("startedAt", a.startedAt().toString())
        .add("deadline", a.deadline().toString())
        .add("answers", answers(a.answers()));
    a.submittedAt().ifPresent(t -> o.add("submittedAt", t.toString()));
    a.result().ifPresent(r -> {
      JsonObjectBuilder correct = Json.createObjectBuilder();
      r.correctByQuestion().forEach((k, v) -> correct.add(k.value(), v));
      o.add("result", Json.createObjectBuilder().add("earned", r.earnedPoints()).add("max", r.maxPoints())
          .add("passed", r.passed()).add("correct", correct));
    });
    return o.build().toString();
  }

  static Attempt attempt(AttemptId id, String json) {
    JsonObject o = parse(json);
    Optional<QuizResult> result = Optional.ofNullable(o.getJsonObject("result")).map(r -> {
      Map<QuestionId, Boolean> correct = new LinkedHashMap<>();
      r.getJsonObject("correct").forEach((k, v) -> correct.put(QuestionId.of(k), v == JsonValue.TRUE));
      return new QuizResult(r.getInt("earned"), r.getInt("max"), r.getBoolean("passed"), correct);
    });
    Map<QuestionId, Set<Integer>> answers = new LinkedHashMap<>();
    o.getJsonObject("answers").forEach((k, v) -> answers.put(QuestionId.of(k), intSet(v.asJsonArray())));
    return Attempt.restore(id, stringList(o.getJsonArray("drawn")).stream().map(QuestionId::of).toList(),
        Instant.parse(o.getString("startedAt")), Instant.parse(o.getString("deadline")),
        Optional.ofNullable(o.getString("submittedAt", null)).map(Instant::parse), answers, result);
  }

  private static JsonObjectBuilder answers(Map<QuestionId, Set<Integer>> answers) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    answers.forEach((k, v) -> o.add(k.value(), ints(v)));
    return o;
  }

  // ---------------------------------------------------------------- enrolment

  static String enrolment(Enrolment e) {
    JsonObjectBuilder time = Json.createObjectBuilder();
    e.timeSpentByLesson().forEach((k, v) -> time.add(k.value(), v.toSeconds()));
    JsonObjectBuilder o = Json.createObjectBuilder()
        .add("enrolledAt", e.enrolledAt().toString())
        .add("done", strings(e.completedLessons().stream().map(LessonId::value).toList()))
        .add("time", time);
    e.assignment().ifPresent(a -> o.add("assignment", Json.createObjectBuilder()
        .add("plan", a.plan().value()).add("person", a.personId()).add("course", a.course().value())));
    e.lastLesson().ifPresent(l -> o.add("last", l.value()));
    e.heartbeatLesson().ifPresent(l -> o.add("hbLesson", l.value()));
    e.heartbeatAt().ifPresent(t -> o.add("hbAt", t.toString()));
    e.postTestPassedAt().ifPresent(t -> o.add("postTestPassedAt", t.toString()));
    e.completedAt().ifPresent(t -> o.add("completedAt", t.toString()));
    return o.build().toString();
  }

  static Enrolment enrolment(EnrolmentId id, String personId, CourseVersionId course, String json) {
    JsonObject o = parse(json);
    AssignmentId assignment = Optional.ofNullable(o.getJsonObject("assignment"))
        .map(a -> new AssignmentId(TrainingPlanId.of(a.getJsonNumber("plan").longValue()), a.getString("person"),
            CourseId.of(a.getJsonNumber("course").longValue())))
        .orElse(null);
    Set<LessonId> done = new LinkedHashSet<>();
    stringList(o.getJsonArray("done")).forEach(s -> done.add(LessonId.of(s)));
    Map<LessonId, Duration> time = new LinkedHashMap<>();
    o.getJsonObject("time").forEach((k, v) -> time.put(LessonId.of(k), Duration.ofSeconds(((jakarta.json.JsonNumber) v).longValue())));
    return Enrolment.restore(id, personId, course, assignment, Instant.parse(o.getString("enrolledAt")), done, time,
        lesson(o, "last"), lesson(o, "hbLesson"), instant(o, "hbAt"), instant(o, "postTestPassedAt"), instant(o, "completedAt"));
  }

  // ---------------------------------------------------------------- plan

  static String plan(TrainingPlan p) {
    JsonArrayBuilder courses = Json.createArrayBuilder();
    for (PlanCourse c : p.courses()) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("course", c.course().value()).add("required", c.required());
      c.ownDeadline().ifPresent(d -> o.add("deadline", d.toString()));
      courses.add(o);
    }
    JsonArrayBuilder indicators = Json.createArrayBuilder();
    for (PlanIndicator i : p.indicators()) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("name", i.name()).add("unit", i.unitOfMeasure())
          .add("before", i.before()).add("higherIsBetter", i.higherIsBetter());
      if (i.after() != null) {
        o.add("after", i.after());
      }
      indicators.add(o);
    }
    PlanTarget t = p.target();
    JsonObjectBuilder o = Json.createObjectBuilder()
        .add("name", p.name())
        .add("kind", p.kind().name())
        .add("start", p.period().start().toString())
        .add("end", p.period().end().toString())
        .add("courses", courses)
        .add("target", Json.createObjectBuilder().add("all", t.allStaff()).add("units", strings(t.unitIds()))
            .add("posts", strings(t.postCodes())).add("people", strings(t.personIds())).add("ranks", strings(t.ranks()))
            .add("channels", strings(t.entryChannels())))
        .add("newcomerDays", p.newcomerDays())
        .add("indicators", indicators);
    p.deadline().ifPresent(d -> o.add("deadline", d.toString()));
    return o.build().toString();
  }

  static TrainingPlan plan(TrainingPlanId id, PlanStatus status, LocalDate publishedOn, String json) {
    JsonObject o = parse(json);
    TrainingPlan.Builder b = TrainingPlan.Builder.content(id)
        .name(o.getString("name"))
        .kind(PlanKind.valueOf(o.getString("kind")))
        .period(PlanPeriod.between(LocalDate.parse(o.getString("start")), LocalDate.parse(o.getString("end"))))
        .newcomerDays(o.getInt("newcomerDays"));
    if (o.containsKey("deadline")) {
      b.deadline(LocalDate.parse(o.getString("deadline")));
    }
    JsonObject t = o.getJsonObject("target");
    b.target(new PlanTarget(t.getBoolean("all"), stringSet(t.getJsonArray("units")), stringSet(t.getJsonArray("posts")),
        stringSet(t.getJsonArray("people")), stringSet(t.getJsonArray("ranks")), stringSet(t.getJsonArray("channels"))));
    for (JsonObject c : o.getJsonArray("courses").getValuesAs(JsonObject.class)) {
      b.course(new PlanCourse(CourseId.of(c.getJsonNumber("course").longValue()), c.getBoolean("required"),
          c.containsKey("deadline") ? LocalDate.parse(c.getString("deadline")) : null));
    }
    for (JsonObject i : o.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
      b.indicator(new PlanIndicator(i.getString("name"), i.getString("unit", ""), i.getJsonNumber("before").bigDecimalValue(),
          i.containsKey("after") ? i.getJsonNumber("after").bigDecimalValue() : null, i.getBoolean("higherIsBetter")));
    }
    return TrainingPlan.restore(b, status, publishedOn);
  }

  // ---------------------------------------------------------------- rating request

  static String ratingRequest(BehaviourRatingRequest r) {
    JsonArrayBuilder competencies = Json.createArrayBuilder();
    r.competencies().forEach(t -> competencies.add(Json.createObjectBuilder().add("code", t.competencyCode()).add("level", t.level())));
    JsonObjectBuilder o = Json.createObjectBuilder().add("completedOn", r.completedOn().toString()).add("competencies", competencies);
    if (r.rating() != null) {
      BehaviourRating rating = r.rating();
      JsonObjectBuilder levels = Json.createObjectBuilder();
      rating.ratings().forEach(c -> levels.add(c.competencyCode(), c.level()));
      o.add("rating", Json.createObjectBuilder().add("rater", rating.rater()).add("on", rating.ratedOn().toString())
          .add("levels", levels).add("comment", rating.comment() == null ? "" : rating.comment()));
    }
    return o.build().toString();
  }

  static BehaviourRatingRequest ratingRequest(
      EnrolmentId enrolment, String personId, CourseId course, String supervisor, LocalDate dueOn, String json) {
    JsonObject o = parse(json);
    List<CompetencyTarget> competencies = new ArrayList<>();
    for (JsonObject t : o.getJsonArray("competencies").getValuesAs(JsonObject.class)) {
      competencies.add(new CompetencyTarget(t.getString("code"), t.getInt("level")));
    }
    BehaviourRating rating = null;
    JsonObject r = o.getJsonObject("rating");
    if (r != null) {
      List<CompetencyRating> ratings = new ArrayList<>();
      r.getJsonObject("levels").forEach((k, v) -> ratings.add(new CompetencyRating(k, ((jakarta.json.JsonNumber) v).intValue())));
      rating = new BehaviourRating(r.getString("rater"), LocalDate.parse(r.getString("on")), ratings, r.getString("comment", ""));
    }
    return new BehaviourRatingRequest(enrolment, personId, course, supervisor, LocalDate.parse(o.getString("completedOn")), dueOn,
        competencies, rating);
  }

  // ---------------------------------------------------------------- helpers

  static String scores(Map<String, Integer> scores, String comment) {
    JsonObjectBuilder s = Json.createObjectBuilder();
    scores.forEach(s::add);
    return Json.createObjectBuilder().add("scores", s).add("comment", comment == null ? "" : comment).build().toString();
  }

  static CreditHours hours(String text) {
    return new CreditHours(new BigDecimal(text));
  }

  static JsonObject parse(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }

  private static LessonId lesson(JsonObject o, String key) {
    return o.containsKey(key) ? LessonId.of(o.getString(key)) : null;
  }

  private static Instant instant(JsonObject o, String key) {
    return o.containsKey(key) ? Instant.parse(o.getString(key)) : null;
  }

  private static JsonArrayBuilder strings(Collection<String> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  private static JsonArrayBuilder ints(Collection<Integer> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  private static List<String> stringList(JsonArray a) {
    return a == null ? List.of() : a.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
  }

  private static Set<String> stringSet(JsonArray a) {
    return new LinkedHashSet<>(stringList(a));
  }

  private static Set<Integer> intSet(JsonArray a) {
    Set<Integer> s = new LinkedHashSet<>();
    a.getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> s.add(n.intValue()));
    return s;
  }
}
