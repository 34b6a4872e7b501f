package org.jgsw.portal.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.Lesson;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.training.CourseReferences;

/** The courses that cite a library document, and those still citing the documents a new version replaces. */
@ApplicationScoped
public class CitingCourses {

  @Inject CourseReferences courses;
  @Inject LibraryService library;

  /** Published courses citing {@code document}, with the citing lessons. */
  public List<CitingCourse> of(LibraryDocument document) {
    String id = String.valueOf(document.getId());
    return courses.publishedCiting(List.of(id)).stream().map(c -> citing(c, document)).toList();
  }

  /** Published courses that still cite one of the documents {@code newVersion} replaces. */
  public List<CitingCourse> stillCitingReplaced(long newVersion) {
    List<CitingCourse> out = new ArrayList<>();
    for (LibraryDocument old : library.replacedBy(newVersion)) {
      out.addAll(of(old));
    }
    return out;
  }

  private static CitingCourse citing(Course course, LibraryDocument document) {
    return new CitingCourse(course.id().value(), course.title(), course.version(), lessonsCiting(course, String.valueOf(document.getId())),
        document.getId(), document.getTitle());
  }

  /** Titles of the lessons of {@code course} citing the library document {@code documentId}, in course order. */
  static List<String> lessonsCiting(Course course, String documentId) {
    return course.lessons().stream()
        .filter(l -> l.content() instanceof LessonContent.LibraryCitation c && c.libraryDocumentId().equals(documentId))
        .map(Lesson::title).toList();
  }
}
