package org.jgsw.portal.config.demo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgsw.course.domain.Question;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.QuestionType;
import org.junit.jupiter.api.Test;

/** The demo content the issue asks for: at least 15 courses across the domains, each with lessons and ≥ 8 questions. */
class DemoCoursesTest {

  private final List<DemoCourses.DemoCourse> courses = DemoCourses.all();

  @Test
  void atLeastFifteenCoursesAcrossTheBusinessDomains() {
    assertThat(courses).hasSizeGreaterThanOrEqualTo(15);
    assertThat(courses.stream().filter(c -> !c.general()).map(DemoCourses.DemoCourse::domain).distinct())
        .contains("公务用车", "办公用房", "公共机构节能", "公务接待", "国有资产", "后勤服务");
    assertThat(courses).extracting(DemoCourses.DemoCourse::key).doesNotHaveDuplicates()
        .contains("G1", "G2", "G3", "G4", "V1", "V2", "V3", "R1", "E1", "F1", "D1", "P1");
  }

  @Test
  void everyCourseHasLessonsAndAValidQuizOfAtLeastEightQuestions() {
    for (DemoCourses.DemoCourse c : courses) {
      assertThat(c.lessons()).as(c.title()).isNotEmpty();
      assertThat(c.questions()).as(c.title()).hasSizeGreaterThanOrEqualTo(8);
      for (DemoCourses.DemoQuestion q : c.questions()) {
        QuestionType type = q.type() == 'S' ? QuestionType.SINGLE_CHOICE : q.type() == 'M' ? QuestionType.MULTIPLE_CHOICE : QuestionType.TRUE_FALSE;
        // the domain's own checks: options, number of correct answers
        new Question(QuestionId.of(q.id()), type, q.text(), q.options(), q.correct(), 1);
      }
    }
  }

  @Test
  void optionsAreRotatedSoTheAnswerIsNotAlwaysTheFirst() {
    assertThat(courses.stream().flatMap(c -> c.questions().stream()).filter(q -> q.type() == 'S')
        .map(q -> q.correct().iterator().next()).distinct().count()).isGreaterThan(1);
  }
}
