package org.jgsw.portal.adapter.learningpath;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.jgsw.course.application.LearningPaths;
import org.jgsw.course.application.internal.DefaultLearningPaths;
import org.jgsw.portal.training.JpaEnrolmentRepository;
import org.jgsw.portal.training.JpaPublishedCourses;

/** course-content's {@link LearningPaths} on the portal's published courses and enrolments. */
@ApplicationScoped
public class LearningPathsProducer {

  @Inject JpaPublishedCourses published;
  @Inject JpaEnrolmentRepository enrolments;

  @Produces
  @ApplicationScoped
  public LearningPaths learningPaths() {
    return new DefaultLearningPaths(published, enrolments);
  }
}
