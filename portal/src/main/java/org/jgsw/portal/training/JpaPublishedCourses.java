package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.PublishedCourses;

/**
 * The published course versions, one query. Publishing a version archives the previous one, so a
 * course has at most one published version.
 */
@ApplicationScoped
@Transactional
public class JpaPublishedCourses implements PublishedCourses {

  @PersistenceContext EntityManager em;

  @Override
  public List<Course> currentPublished() {
    return em.createQuery("SELECT c FROM CourseVersionRecord c WHERE c.status = :status ORDER BY c.courseId", CourseVersionRecord.class)
        .setParameter("status", CourseStatus.PUBLISHED.name()).getResultList().stream().map(CourseVersionRecord::toCourse).toList();
  }
}
