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
}
