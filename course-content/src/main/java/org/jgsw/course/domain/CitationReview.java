package org.jgsw.course.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which lessons of a course cite a library document that was repealed (or deleted), so that the
 * course's owner reviews them: a course must not keep teaching a rule that no longer applies.
 */
public final class CitationReview {

  /** One lesson to review and the document it cites. */
  public record LessonToReview(LessonId lesson, String lessonTitle, CitedDocument document) {}

  private CitationReview() {}

  /** The lessons of {@code course} whose cited document needs review; {@code documents} by library id. */
  public static List<LessonToReview> lessonsToReview(Course course, Map<String, CitedDocument> documents) {
    List<LessonToReview> review = new ArrayList<>();
    for (Lesson l : course.lessons()) {
      if (l.content() instanceof LessonContent.LibraryCitation c) {
        CitedDocument d = documents.getOrDefault(c.libraryDocumentId(), CitedDocument.missing(c.libraryDocumentId()));
        if (d.needsReview()) {
          review.add(new LessonToReview(l.id(), l.title(), d));
        }
      }
    }
    return review;
  }
}
