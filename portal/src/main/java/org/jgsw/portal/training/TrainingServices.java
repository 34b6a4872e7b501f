package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jgsw.course.application.BehaviourEvaluations;
import org.jgsw.course.application.Courses;
import org.jgsw.course.application.Learning;
import org.jgsw.course.application.LearningSettings;
import org.jgsw.course.application.TrainingPlans;
import org.jgsw.course.application.internal.DefaultBehaviourEvaluations;
import org.jgsw.course.application.internal.DefaultCourses;
import org.jgsw.course.application.internal.DefaultLearning;
import org.jgsw.course.application.internal.DefaultTrainingPlans;
import org.jgsw.course.application.port.CompetencyEvidenceSink;
import org.jgsw.course.application.port.PeopleDirectory;
import org.jgsw.course.application.port.PlanAudience;

/**
 * Wires course-content's use cases to the JPA repositories and the portal's adapters. The services
 * are plain objects; each repository call runs in its own transaction unless the caller (a REST
 * method or page action annotated {@code @Transactional}) already has one.
 */
@ApplicationScoped
public class TrainingServices {

  @Inject JpaCourseRepository courses;
  @Inject JpaQuizRepository quizzes;
  @Inject JpaAttemptRepository attempts;
  @Inject JpaEnrolmentRepository enrolments;
  @Inject JpaTrainingPlanRepository plans;
  @Inject JpaAssignmentRepository assignments;
  @Inject JpaOfflineTrainingRepository offline;
  @Inject JpaBehaviourRatingRequestRepository ratingRequests;
  @Inject PlanAudience audience;
  @Inject PeopleDirectory people;
  @Inject CompetencyEvidenceSink evidence;

  /** The learning rules in force (shown on the pages): the standard ones of the cadre-training rules. */
  @Produces
  public LearningSettings settings() {
    return LearningSettings.STANDARD;
  }

  @Produces
  public Clock clock() {
    return Clock.system(LearningSettings.STANDARD.zone());
  }

  @Produces
  @ApplicationScoped
  public Courses courses() {
    return new DefaultCourses(courses);
  }

  @Produces
  @ApplicationScoped
  public Learning learning() {
    return learningAt(clock());
  }

  @Produces
  @ApplicationScoped
  public TrainingPlans trainingPlans() {
    return plansAt(clock());
  }

  @Produces
  @ApplicationScoped
  public BehaviourEvaluations behaviourEvaluations() {
    return new DefaultBehaviourEvaluations(ratingRequests, evidence, clock());
  }

  /** Learning as if it were {@code clock}'s time: the demo data uses it to lay down past study. */
  public Learning learningAt(Clock clock) {
    return new DefaultLearning(courses, quizzes, attempts, enrolments, offline, ratingRequests, people, evidence, settings(), clock,
        new java.security.SecureRandom());
  }

  /** Plans as if it were {@code clock}'s time: the demo data publishes its plans in the past. */
  public TrainingPlans plansAt(Clock clock) {
    return new DefaultTrainingPlans(plans, assignments, enrolments, audience, clock);
  }
}
