package org.jgsw.course.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lessons of a course cite a library document that was repealed, replaced or deleted, so that
 * the course's owner reviews them: a course must not keep teaching a rule that no longer applies.
 */
public final class CitationReview {

  /** One lesson to review and the document it cites. */
  public record LessonToReview(LessonId lesson, String lessonTitle, CitedDocument document) {}

  /**
   * What the owner of a course is told about one cited document: every lesson citing it, and the
   * document that replaces it. Sent once per course and document ({@link #dedupKey()}), whichever
   * path finds it first (the library's change event or the hourly sweep).
   */
  public record Notice(String dedupKey, CitedDocument document, List<String> lessonTitles, String message) {}

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

  /** One notice per cited document among {@code lessons} (the lessons to review of {@code course}). */
  public static List<Notice> notices(Course course, List<LessonToReview> lessons) {
    Map<String, List<LessonToReview>> byDocument = new LinkedHashMap<>();
    lessons.forEach(l -> byDocument.computeIfAbsent(l.document().id(), k -> new ArrayList<>()).add(l));
    List<Notice> notices = new ArrayList<>();
    byDocument.forEach((documentId, cited) -> {
      CitedDocument d = cited.get(0).document();
      List<String> titles = cited.stream().map(LessonToReview::lessonTitle).distinct().toList();
      notices.add(new Notice(dedupKey(course.id(), documentId), d, titles, message(course, d, titles)));
    });
    return notices;
  }

  /** The same key for a course and a document however often it is checked. */
  public static String dedupKey(CourseId course, String documentId) {
    return "citation:" + course.value() + ":" + documentId;
  }

  private static String message(Course course, CitedDocument d, List<String> lessonTitles) {
    String document = d.title().isEmpty() ? "#" + d.id() : d.title();
    StringBuilder s = new StringBuilder("课程「").append(course.title()).append("」引用的资料「").append(document).append("」")
        .append(d.reviewReason()).append("，请复核课时：");
    s.append(String.join("、", lessonTitles.stream().map(t -> "「" + t + "」").toList()));
    if (d.replacedBy() != null) {
      s.append("；新版本：").append(d.replacedBy().label());
    }
    return s.append("。").toString();
  }
}
