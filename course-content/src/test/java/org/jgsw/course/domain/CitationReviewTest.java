package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jgsw.course.testdata.SampleCourses;
import org.junit.jupiter.api.Test;

class CitationReviewTest {

  private final Course course = SampleCourses.vehicleDispatchDraftBuilt();

  @Test
  void aLessonCitingARepealedDocumentIsToBeReviewed() {
    var review = CitationReview.lessonsToReview(course,
        Map.of("DB51-T-0001", new CitedDocument("DB51-T-0001", "公务用车管理规范", "DB51/T 0001", CitedDocument.Status.REPEALED)));

    assertThat(review).singleElement().satisfies(r -> {
      assertThat(r.lesson()).isEqualTo(SampleCourses.STANDARD);
      assertThat(r.lessonTitle()).isEqualTo("公务用车管理规范（地方标准）");
      assertThat(r.document().title()).isEqualTo("公务用车管理规范");
    });
  }

  @Test
  void aCurrentDocumentNeedsNoReviewButAMissingOneDoes() {
    assertThat(CitationReview.lessonsToReview(course,
        Map.of("DB51-T-0001", new CitedDocument("DB51-T-0001", "公务用车管理规范", "", CitedDocument.Status.CURRENT)))).isEmpty();
    assertThat(CitationReview.lessonsToReview(course, Map.of()))
        .singleElement().satisfies(r -> assertThat(r.document().status()).isEqualTo(CitedDocument.Status.MISSING));
  }

  @Test
  void aCurrentDocumentWithAReplacementIsToBeReviewedAndTheNoticeNamesTheNewVersion() {
    CitedDocument replaced = new CitedDocument("DB51-T-0001", "公务用车管理规范", "DB51/T 0001", CitedDocument.Status.CURRENT,
        new CitedDocument.Replacement("DB51-T-0002", "公务用车管理规范（2026）", "DB51/T 0002"));
    Course twoCitations = SampleCourses.vehicleDispatchDraft()
        .addLesson("规范的附录", 5, new LessonContent.LibraryCitation("DB51-T-0001", "")).build();

    var review = CitationReview.lessonsToReview(twoCitations, Map.of("DB51-T-0001", replaced));
    var notices = CitationReview.notices(twoCitations, review);

    assertThat(review).hasSize(2);
    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.dedupKey()).isEqualTo("citation:1:DB51-T-0001");
      assertThat(n.lessonTitles()).containsExactly("公务用车管理规范（地方标准）", "规范的附录");
      assertThat(n.message()).isEqualTo("课程「公务用车调度实务」引用的资料「公务用车管理规范」已被《公务用车管理规范（2026）》（DB51/T 0002）代替，"
          + "请复核课时：「公务用车管理规范（地方标准）」、「规范的附录」；新版本：《公务用车管理规范（2026）》（DB51/T 0002）。");
    });
  }

  @Test
  void aRepealedDocumentsNoticeSaysSoAndNamesItsLessons() {
    var review = CitationReview.lessonsToReview(course,
        Map.of("DB51-T-0001", new CitedDocument("DB51-T-0001", "公务用车管理规范", "", CitedDocument.Status.REPEALED)));

    assertThat(CitationReview.notices(course, review)).singleElement()
        .satisfies(n -> assertThat(n.message()).isEqualTo("课程「公务用车调度实务」引用的资料「公务用车管理规范」已废止，请复核课时：「公务用车管理规范（地方标准）」。"));
  }
}
