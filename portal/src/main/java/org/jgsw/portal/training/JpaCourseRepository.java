package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseRepository;
import org.jgsw.course.domain.CourseVersionId;

@ApplicationScoped
@Transactional
public class JpaCourseRepository implements CourseRepository {

  @PersistenceContext EntityManager em;
  @Inject TrainingIds ids;
  @Inject CourseVersionFacts facts;
  @Inject JpaPublishedCourses published;

  @Override
  public Optional<Course> find(CourseVersionId id) {
    return Optional.ofNullable(em.find(CourseVersionRecord.class, CourseVersionRecord.key(id))).map(CourseVersionRecord::toCourse);
  }

  @Override
  public List<Course> findVersions(CourseId course) {
    return em.createNamedQuery("CourseVersionRecord.findByCourse", CourseVersionRecord.class)
        .setParameter("course", course.value()).getResultList().stream().map(CourseVersionRecord::toCourse).toList();
  }

  /** Every version of every course, by course and version. */
  public List<Course> findAll() {
    return em.createNamedQuery("CourseVersionRecord.findAll", CourseVersionRecord.class)
        .getResultList().stream().map(CourseVersionRecord::toCourse).toList();
  }

  @Override
  public CourseId nextId() {
    return CourseId.of(ids.next("trn_course_seq"));
  }

  @Override
  public void store(Course course) {
    CourseVersionRecord r = em.find(CourseVersionRecord.class, CourseVersionRecord.key(course.versionId()));
    if (r == null) {
      r = new CourseVersionRecord();
      r.write(course);
      em.persist(r);
    } else {
      r.write(course);
    }
    // what is kept of the course versions is read afresh after this transaction
    facts.changed();
    published.changed();
  }
}
