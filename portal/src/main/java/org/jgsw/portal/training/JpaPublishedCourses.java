package org.jgsw.portal.training;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.PublishedCourses;
import org.jgsw.portal.common.CommittedSnapshot;

/**
 * The published course versions. Publishing a version archives the previous one, so a course has at
 * most one published version, and a published version never changes: the list is read once and kept
 * until a course version is written ({@link JpaCourseRepository#store} tells it), as every learning
 * path asks and reading a few hundred course documents for each would be wasted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaPublishedCourses implements PublishedCourses {

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  private final CommittedSnapshot<List<Course>> snapshot = new CommittedSnapshot<>();

  @Override
  public List<Course> currentPublished() {
    return snapshot.get(() -> em.createQuery("SELECT c FROM CourseVersionRecord c WHERE c.status = :status ORDER BY c.courseId",
            CourseVersionRecord.class).setParameter("status", CourseStatus.PUBLISHED.name()).getResultList().stream()
        .map(CourseVersionRecord::toCourse).toList());
  }

  /** A course version was written: the list is read afresh after the writing transaction ends. */
  public void changed() {
    snapshot.changed(transactions);
  }
}
