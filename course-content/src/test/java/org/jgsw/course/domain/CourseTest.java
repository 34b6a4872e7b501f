package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jgsw.course.testdata.SampleCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseTest {

  @Test
  void aDraftHasItsContentInOrder() {
    Course c = SampleCourses.vehicleDispatchDraftBuilt();

    assertThat(c.status()).isEqualTo(CourseStatus.DRAFT);
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.category().label()).isEqualTo("专项·公务用车");
    assertThat(c.creditHours()).isEqualTo(CreditHours.of("2"));
    assertThat(c.lessons()).extracting(l -> l.content().kind())
        .containsExactly(LessonContent.Kind.RICH_TEXT, LessonContent.Kind.VIDEO, LessonContent.Kind.LIBRARY_CITATION);
    assertThat(c.lessons()).extracting(Lesson::id).containsExactly(SampleCourses.RULES, SampleCourses.VIDEO, SampleCourses.STANDARD);
    assertThat(c.targetCompetencies()).containsExactly(new CompetencyTarget("VEH-DISPATCH", 3), new CompetencyTarget("COMMUNICATION", 2));
    assertThat(c.citedLibraryDocuments()).containsExactly("DB51-T-0001");
  }

  @Test
  void aFormWithManyMistakesGetsEveryProblemInChinese() {
    Course.Builder b = Course.draft(CourseId.of(9))
        .trains("X", 7)
        .addLesson("视频", 10, () -> new LessonContent.VideoLink("ftp://example.cn/a.mp4"));

    assertThat(b.problems()).containsExactlyInAnyOrder(
        "能力「X」的训练等级必须在 1–5 之间，实际为 7",
        "视频链接只能以 http:// 或 https:// 开头：ftp://example.cn/a.mp4",
        "课程标题不能为空", "课程必须指定负责人", "课程必须填写学时", "课程预计学习时长必须大于 0 分钟");
    assertThatThrownBy(b::build).isInstanceOf(InvalidTrainingDataException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "video.mp4", "https://"})
  void videoLinksMustBeAbsoluteHttpOrHttps(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> new LessonContent.VideoLink(url));
  }

  @Test
  void videoLinksOverHttpAndHttpsAreAccepted() {
    assertThat(new LessonContent.VideoLink("HTTP://v.example.cn/a").url()).isEqualTo("HTTP://v.example.cn/a");
    assertThat(new LessonContent.VideoLink(" https://v.example.cn/a ").url()).isEqualTo("https://v.example.cn/a");
  }

  @Test
  void aSpecialCourseNeedsABusinessDomain() {
    assertThatIllegalArgumentException().isThrownBy(() -> CourseCategory.special(" "))
        .withMessage("专项课程必须注明业务领域");
  }

  @Test
  void editingAPublishedCourseStartsTheNextVersionAndLeavesThePublishedOneAlone() {
    Course v1 = SampleCourses.vehicleDispatch();

    Course v2 = v1.edit().title("公务用车调度实务（2025 修订）").removeLesson(SampleCourses.VIDEO).build();

    assertThat(v2.versionId()).isEqualTo(CourseVersionId.of(1, 2));
    assertThat(v2.status()).isEqualTo(CourseStatus.DRAFT);
    assertThat(v1.title()).isEqualTo("公务用车调度实务");
    assertThat(v1.lessons()).hasSize(3);
    assertThat(v1.status()).isEqualTo(CourseStatus.PUBLISHED);
  }

  @Test
  void editingADraftKeepsItsVersion() {
    Course draft = SampleCourses.vehicleDispatchDraftBuilt();
    assertThat(draft.edit().summary("新简介").build().versionId()).isEqualTo(draft.versionId());
  }

  @Test
  void lifecycleIsDraftPublishedArchived() {
    Course published = SampleCourses.vehicleDispatch();
    assertThat(published.isOpenForEnrolment()).isTrue();
    assertThatIllegalStateException().isThrownBy(published::publish).withMessageContaining("只有草稿可以发布");

    Course archived = published.archive();
    assertThat(archived.isOpenForEnrolment()).isFalse();
    assertThatIllegalStateException().isThrownBy(archived::archive);
  }

  @Test
  void aCourseWithoutLessonsCannotBePublished() {
    Course empty = SampleCourses.vehicleDispatchDraft().removeLesson(SampleCourses.RULES)
        .removeLesson(SampleCourses.VIDEO).removeLesson(SampleCourses.STANDARD).build();
    assertThatThrownBy(empty::publish).hasMessage("课程至少需要一个课时才能发布");
  }

  @Test
  void lessonsCanBeReorderedAndNewOnesGetFreshIds() {
    Course c = SampleCourses.vehicleDispatchDraft()
        .moveLesson(SampleCourses.STANDARD, 0)
        .addLesson("案例", 5, new LessonContent.DocumentAttachment("file-77", "案例.pdf"))
        .build();
    assertThat(c.lessons()).extracting(l -> l.id().value()).containsExactly("3", "1", "2", "4");
  }
}
