package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jgsw.course.testdata.SampleCourses;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final Course course = SampleCourses.vehicleDispatch();
  private final Enrolment e = Enrolment.start(EnrolmentId.of(7), "p-li", course, null, Instant.parse("2025-03-01T01:00:00Z"));

  private void complete() {
    course.lessons().forEach(l -> e.completeLesson(course, l.id()));
    e.completeIfDone(course, CompletionRule.STANDARD, false, Instant.parse("2025-03-10T02:00:00Z"));
  }

  @Test
  void l1NeedsACompletedCourseAndEveryItemRatedOneToFive() {
    Map<String, Integer> scores = Map.of("content", 5, "clarity", 4, "usefulness", 4, "overall", 4);
    assertThatIllegalStateException().isThrownBy(() -> Questionnaire.STANDARD.respond(e, scores, "", LocalDate.now()));
    complete();

    ReactionResponse r = Questionnaire.STANDARD.respond(e, scores, " 很实用 ", LocalDate.of(2025, 3, 10));
    assertThat(r.average()).isEqualByComparingTo("4.25");
    assertThat(r.comment()).isEqualTo("很实用");

    assertThatThrownBy(() -> Questionnaire.STANDARD.respond(e, Map.of("content", 6, "extra", 3), "", LocalDate.now()))
        .isInstanceOf(InvalidTrainingDataException.class)
        .hasMessageContaining("“课程内容与岗位工作的相关程度”的评分必须在 1–5 之间")
        .hasMessageContaining("请为“对本课程的总体满意度”评分")
        .hasMessageContaining("问卷中没有题目 extra");
  }

  @Test
  void l3IsDueNDaysAfterCompletionOnTheCoursesCompetencies() {
    complete();
    BehaviourRatingRequest req = BehaviourRatingRequest.after(e, course, "p-chief", new BehaviourRatingPolicy(60), ZONE).orElseThrow();

    assertThat(req.completedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(req.dueOn()).isEqualTo(LocalDate.of(2025, 5, 9));
    assertThat(req.isOpenOn(LocalDate.of(2025, 5, 8))).isFalse();
    assertThat(req.isOpenOn(LocalDate.of(2025, 5, 9))).isTrue();
    assertThat(req.competencies()).extracting(CompetencyTarget::competencyCode).containsExactly("VEH-DISPATCH", "COMMUNICATION");
  }

  @Test
  void onlyTheSupervisorRatesAfterTheDueDateEveryCompetencyOnce() {
    complete();
    BehaviourRatingRequest req = BehaviourRatingRequest.after(e, course, "p-chief", BehaviourRatingPolicy.STANDARD, ZONE).orElseThrow();
    Map<String, Integer> levels = Map.of("VEH-DISPATCH", 3, "COMMUNICATION", 2);
    LocalDate due = req.dueOn();

    assertThatIllegalStateException().isThrownBy(() -> req.rate("p-li", levels, "", due)).withMessage("只有被评价人的上级可以评价");
    assertThatIllegalStateException().isThrownBy(() -> req.rate("p-chief", levels, "", due.minusDays(1)))
        .withMessageStartingWith("尚未到评价时间");
    assertThatThrownBy(() -> req.rate("p-chief", Map.of("VEH-DISPATCH", 6, "LAW", 3), "", due))
        .hasMessageContaining("评定等级必须在 1–5 之间")
        .hasMessageContaining("请评定能力「COMMUNICATION」")
        .hasMessageContaining("能力「LAW」不是本课程训练的能力");

    BehaviourRatingRequest rated = req.rate("p-chief", levels, "调度更规范", due);
    assertThat(rated.rating().average()).isEqualByComparingTo("2.50");
    assertThat(rated.isOpenOn(due)).isFalse();
    assertThatIllegalStateException().isThrownBy(() -> rated.rate("p-chief", levels, "", due));
  }

  @Test
  void aCourseWithoutCompetenciesHasNoL3() {
    Course energy = SampleCourses.energyBasics();
    Enrolment en = Enrolment.start(EnrolmentId.of(8), "p-li", energy, null, Instant.parse("2025-03-01T01:00:00Z"));
    energy.lessons().forEach(l -> en.completeLesson(energy, l.id()));
    en.completeIfDone(energy, CompletionRule.STANDARD, false, Instant.parse("2025-03-02T01:00:00Z"));
    assertThat(BehaviourRatingRequest.after(en, energy, "p-chief", BehaviourRatingPolicy.STANDARD, ZONE)).isEmpty();
  }
}
