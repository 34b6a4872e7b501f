package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningPathTest {

  private static final SkillGap ETIQUETTE = new SkillGap("RECEPTION-ETIQUETTE", "公务接待礼仪", 2, 4, 0.2);
  private static final SkillGap DISPATCH = new SkillGap("VEH-DISPATCH", "车辆调度", 1, 3, 0.3);
  private static final SkillGap WRITING = new SkillGap("WRITING", "公文写作", 0, 2, 0.1);

  private static Course course(long id, String title, String code, int level) {
    return Course.draft(CourseId.of(id)).title(title).trains(code, level).creditHours("1").estimatedMinutes(30).owner("trainer")
        .addLesson("第一课", 30, new LessonContent.RichText("<p>内容</p>")).build().publish();
  }

  @Test
  void orders_courses_by_gap_size_times_weight() {
    Course etiquette = course(1, "公务接待礼仪实务", "RECEPTION-ETIQUETTE", 3);
    Course dispatch = course(2, "公务用车调度实务", "VEH-DISPATCH", 3);
    LearningPath path = LearningPath.plan(List.of(ETIQUETTE, DISPATCH), List.of(etiquette, dispatch), Set.of());
    // dispatch: 2 levels × 0.3 = 0.6 before etiquette: 2 × 0.2 = 0.4
    assertThat(path.steps()).extracting(PathStep::courseTitle).containsExactly("公务用车调度实务", "公务接待礼仪实务");
    assertThat(path.uncovered()).isEmpty();
  }

  @Test
  void reason_names_competency_current_level_and_level_trained_to() {
    LearningPath path = LearningPath.plan(List.of(ETIQUETTE), List.of(course(1, "礼仪", "RECEPTION-ETIQUETTE", 3)), Set.of());
    assertThat(path.steps().get(0).reason()).isEqualTo("提升 公务接待礼仪 从 2 级到 3 级");
    assertThat(path.steps().get(0).toLevel()).isEqualTo(3);
  }

  @Test
  void level_trained_to_is_capped_at_the_required_level() {
    LearningPath path = LearningPath.plan(List.of(DISPATCH), List.of(course(2, "调度进阶", "VEH-DISPATCH", 5)), Set.of());
    assertThat(path.steps().get(0).toLevel()).isEqualTo(3);
    assertThat(path.steps().get(0).reason()).isEqualTo("提升 车辆调度 从 1 级到 3 级");
  }

  @Test
  void skips_completed_courses_and_courses_not_above_the_current_level() {
    Course done = course(1, "已学完", "RECEPTION-ETIQUETTE", 4);
    Course tooLow = course(2, "入门", "RECEPTION-ETIQUETTE", 2);
    Course next = course(3, "进阶", "RECEPTION-ETIQUETTE", 3);
    LearningPath path = LearningPath.plan(List.of(ETIQUETTE), List.of(done, tooLow, next), Set.of(CourseId.of(1)));
    assertThat(path.steps()).extracting(PathStep::course).containsExactly(CourseId.of(3));
  }

  @Test
  void a_gap_without_any_course_is_listed_as_uncovered() {
    LearningPath path = LearningPath.plan(List.of(ETIQUETTE, WRITING), List.of(course(1, "礼仪", "RECEPTION-ETIQUETTE", 4)), Set.of());
    assertThat(path.uncovered()).containsExactly(WRITING);
    assertThat(path.isEmpty()).isFalse();
  }

  @Test
  void only_published_versions_count() {
    Course draft = Course.draft(CourseId.of(9)).title("草稿").trains("WRITING", 2).creditHours("1").estimatedMinutes(30).owner("trainer")
        .build();
    LearningPath path = LearningPath.plan(List.of(WRITING), List.of(draft), Set.of());
    assertThat(path.steps()).isEmpty();
    assertThat(path.uncovered()).containsExactly(WRITING);
  }

  @Test
  void a_course_training_two_gaps_appears_once_with_both_reasons_under_the_larger_gap() {
    Course both = Course.draft(CourseId.of(5)).title("综合").trains("RECEPTION-ETIQUETTE", 3).trains("VEH-DISPATCH", 2)
        .creditHours("1").estimatedMinutes(30).owner("trainer").addLesson("课", 30, new LessonContent.RichText("<p>x</p>"))
        .build().publish();
    LearningPath path = LearningPath.plan(List.of(ETIQUETTE, DISPATCH), List.of(both), Set.of());
    assertThat(path.steps()).hasSize(1);
    assertThat(path.steps().get(0).gap()).isEqualTo(DISPATCH);
    assertThat(path.steps().get(0).reason()).isEqualTo("提升 车辆调度 从 1 级到 2 级；提升 公务接待礼仪 从 2 级到 3 级");
    assertThat(path.steps().get(0).raises()).containsExactly(
        new PathStep.Raise("车辆调度", 1, 2), new PathStep.Raise("公务接待礼仪", 2, 3));
  }

  @Test
  void courses_for_one_gap_reaching_higher_come_first() {
    Course low = course(1, "三级", "RECEPTION-ETIQUETTE", 3);
    Course high = course(2, "四级", "RECEPTION-ETIQUETTE", 4);
    LearningPath path = LearningPath.plan(List.of(ETIQUETTE), List.of(low, high), Set.of());
    assertThat(path.steps()).extracting(PathStep::courseTitle).containsExactly("四级", "三级");
  }

  @Test
  void no_gaps_gives_an_empty_path() {
    assertThat(LearningPath.plan(List.of(), List.of(course(1, "x", "WRITING", 3)), Set.of()).isEmpty()).isTrue();
  }

  @Test
  void a_gap_must_be_a_real_shortfall() {
    assertThatIllegalArgumentException().isThrownBy(() -> new SkillGap("WRITING", "公文写作", 3, 3, 0.1)).withMessageContaining("没有差距");
  }
}
