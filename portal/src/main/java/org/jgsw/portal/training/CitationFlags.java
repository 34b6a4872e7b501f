package org.jgsw.portal.training;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jgsw.course.application.port.CitedDocuments;
import org.jgsw.course.domain.CitationReview;
import org.jgsw.course.domain.CitationReview.LessonToReview;
import org.jgsw.course.domain.CitedDocument;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.NotificationKind;

/**
 * Courses whose lessons cite a library document that was repealed, replaced (or deleted): flagged
 * on the course list and editor, and notified to the course's owner once per course and document —
 * at once when the library changes the document ({@link #notifyCitersOf}), and as a safety net when
 * the course list is opened and every hour (same dedup key, so never twice). The library is asked through course-content's {@link CitedDocuments} port.
 */
@Singleton
@jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
public class CitationFlags {

  private static final Logger LOG = Logger.getLogger(CitationFlags.class.getName());

  @Inject CitedDocuments library;
  @Inject JpaCourseRepository courses;
  @Inject Notifications notifications;
  @Inject TrainingPeople people;
  @Inject CourseReferences references;

  /** The cited documents of these courses, by library id, in one library query. */
  public Map<String, CitedDocument> documentsOf(Collection<Course> versions) {
    Set<String> ids = new HashSet<>();
    versions.forEach(c -> ids.addAll(c.citedLibraryDocuments()));
    return ids.isEmpty() ? Map.of() : library.describe(ids);
  }

  /** Lessons to review per course id, for the given versions (typically each course's latest). */
  public Map<Long, List<LessonToReview>> review(Collection<Course> versions) {
    Map<String, CitedDocument> docs = documentsOf(versions);
    Map<Long, List<LessonToReview>> out = new LinkedHashMap<>();
    for (Course c : versions) {
      List<LessonToReview> lessons = CitationReview.lessonsToReview(c, docs);
      if (!lessons.isEmpty()) {
        out.put(c.id().value(), lessons);
      }
    }
    return out;
  }

  /** Flags and notifies the owners of the given versions; the flags found. */
  public Map<Long, List<LessonToReview>> reviewAndNotify(Collection<Course> versions) {
    Map<Long, List<LessonToReview>> flags = review(versions);
    for (Course c : versions) {
      List<LessonToReview> lessons = flags.get(c.id().value());
      if (lessons == null || c.owner() == null || c.owner().isBlank()) {
        continue;
      }
      people.personOf(c.owner()).ifPresent(owner -> CitationReview.notices(c, lessons).forEach(n ->
          notifications.notifyOnce(owner.getStaffNo(), NotificationKind.CITATION_REPEALED, n.dedupKey(), n.message())));
    }
    return flags;
  }

  /**
   * At once after the library repealed, replaced or deleted these documents: notifies the owners of
   * the courses citing them (the latest version of each course that is not archived). Its own
   * transaction, as it runs after the library's has committed.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Map<Long, List<LessonToReview>> notifyCitersOf(Collection<String> libraryDocumentIds) {
    return reviewAndNotify(references.liveCiting(libraryDocumentIds));
  }

  /** Hourly: the latest version of every course that is not archived. */
  @Schedule(hour = "*", minute = "41", persistent = false)
  public void checkAll() {
    try {
      Map<Long, Course> latest = new LinkedHashMap<>();
      courses.findAll().forEach(c -> latest.merge(c.id().value(), c, (a, b) -> a.version() >= b.version() ? a : b));
      List<Course> live = latest.values().stream().filter(c -> c.status() != CourseStatus.ARCHIVED).toList();
      Map<Long, List<LessonToReview>> flags = reviewAndNotify(live);
      if (!flags.isEmpty()) {
        LOG.info(() -> flags.size() + " course(s) cite repealed library documents");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not check the courses' library citations", e);
    }
  }
}
