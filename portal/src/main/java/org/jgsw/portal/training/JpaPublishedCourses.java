package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.PublishedCourses;

/**
 * The published course versions. Publishing a version archives the previous one, so a course has at
 * most one published version, and a published version never changes: the list is kept until the
 * set of published versions changes, which one aggregate query notices (every learning path asks,
 * and reading a few hundred course documents for each would be wasted).
 */
@ApplicationScoped
@Transactional
public class JpaPublishedCourses implements PublishedCourses {

  private record Snapshot(List<Object> token, List<Course> courses) {}

  @PersistenceContext EntityManager em;

  private final AtomicReference<Snapshot> cached = new AtomicReference<>();

  @Override
  public List<Course> currentPublished() {
    Object[] row = em.createQuery("SELECT COUNT(c), SUM(c.courseId), SUM(c.versionNo) FROM CourseVersionRecord c WHERE c.status = :status",
        Object[].class).setParameter("status", CourseStatus.PUBLISHED.name()).getSingleResult();
    List<Object> token = Arrays.asList(row);
    Snapshot s = cached.get();
    if (s == null || !s.token().equals(token)) {
      s = new Snapshot(token, em.createQuery("SELECT c FROM CourseVersionRecord c WHERE c.status = :status ORDER BY c.courseId",
          CourseVersionRecord.class).setParameter("status", CourseStatus.PUBLISHED.name()).getResultList().stream()
          .map(CourseVersionRecord::toCourse).toList());
      cached.set(s);
    }
    return s.courses();
  }
}
