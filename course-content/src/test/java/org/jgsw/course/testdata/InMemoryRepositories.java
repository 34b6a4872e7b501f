package org.jgsw.course.testdata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.AssignmentRepository;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.AttemptId;
import org.jgsw.course.domain.AttemptRepository;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.BehaviourRatingRequestRepository;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseRepository;
import org.jgsw.course.domain.CourseVersionId;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.EnrolmentRepository;
import org.jgsw.course.domain.OfflineTraining;
import org.jgsw.course.domain.OfflineTrainingRepository;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.QuizRepository;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.course.domain.TrainingPlanId;
import org.jgsw.course.domain.TrainingPlanRepository;

/** Every repository of the module in maps, for service tests: {@code repos.courses}, … */
public final class InMemoryRepositories {

  public final InMemoryCourses courses = new InMemoryCourses();
  public final InMemoryQuizzes quizzes = new InMemoryQuizzes();
  public final InMemoryAttempts attempts = new InMemoryAttempts();
  public final InMemoryEnrolments enrolments = new InMemoryEnrolments();
  public final InMemoryPlans plans = new InMemoryPlans();
  public final InMemoryAssignments assignments = new InMemoryAssignments();
  public final InMemoryOfflineTrainings offlineTrainings = new InMemoryOfflineTrainings();
  public final InMemoryRatingRequests ratingRequests = new InMemoryRatingRequests();

  /** courses */
  public static final class InMemoryCourses implements CourseRepository {

    private final Map<CourseVersionId, Course> courses = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);

    @Override
    public Optional<Course> find(CourseVersionId id) {
      return Optional.ofNullable(courses.get(id));
    }

    @Override
    public List<Course> findVersions(CourseId course) {
      return courses.values().stream().filter(c -> c.id().equals(course)).sorted(Comparator.comparingInt(Course::version)).toList();
    }

    @Override
    public CourseId nextId() {
      return CourseId.of(ids.incrementAndGet());
    }

    @Override
    public void store(Course course) {
      courses.put(course.versionId(), course);
    }
  }

  /** quizzes */
  public static final class InMemoryQuizzes implements QuizRepository {

    private final Map<QuizId, Quiz> quizzes = new LinkedHashMap<>();

    @Override
    public Optional<Quiz> find(QuizId id) {
      return Optional.ofNullable(quizzes.get(id));
    }

    @Override
    public List<Quiz> findByCourse(CourseId course) {
      return quizzes.values().stream().filter(q -> q.course().equals(course)).toList();
    }

    @Override
    public void store(Quiz quiz) {
      quizzes.put(quiz.id(), quiz);
    }
  }

  /** attempts */
  public static final class InMemoryAttempts implements AttemptRepository {

    private final Map<AttemptId, Attempt> attempts = new LinkedHashMap<>();

    @Override
    public Optional<Attempt> find(AttemptId id) {
      return Optional.ofNullable(attempts.get(id));
    }

    @Override
    public List<Attempt> findByQuizAndPerson(QuizId quiz, String personId) {
      return attempts.values().stream()
          .filter(a -> a.id().quiz().equals(quiz) && a.personId().equals(personId))
          .sorted(Comparator.comparingInt(a -> a.id().number())).toList();
    }

    @Override
    public List<Attempt> findByQuiz(QuizId quiz) {
      return attempts.values().stream().filter(a -> a.id().quiz().equals(quiz)).toList();
    }

    @Override
    public void store(Attempt attempt) {
      attempts.put(attempt.id(), attempt);
    }
  }

  /** enrolments */
  public static final class InMemoryEnrolments implements EnrolmentRepository {

    private final Map<EnrolmentId, Enrolment> enrolments = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);

    @Override
    public Optional<Enrolment> find(EnrolmentId id) {
      return Optional.ofNullable(enrolments.get(id));
    }

    @Override
    public List<Enrolment> findByPersonAndCourse(String personId, CourseId course) {
      return enrolments.values().stream()
          .filter(e -> e.personId().equals(personId) && e.course().course().equals(course)).toList();
    }

    @Override
    public List<Enrolment> findByPerson(String personId) {
      return enrolments.values().stream().filter(e -> e.personId().equals(personId)).toList();
    }

    @Override
    public EnrolmentId nextId() {
      return EnrolmentId.of(ids.incrementAndGet());
    }

    @Override
    public void store(Enrolment enrolment) {
      enrolments.put(enrolment.id(), enrolment);
    }
  }

  /** plans */
  public static final class InMemoryPlans implements TrainingPlanRepository {

    private final Map<TrainingPlanId, TrainingPlan> plans = new LinkedHashMap<>();

    @Override
    public Optional<TrainingPlan> find(TrainingPlanId id) {
      return Optional.ofNullable(plans.get(id));
    }

    @Override
    public List<TrainingPlan> findPublished() {
      return plans.values().stream().filter(p -> p.status() == org.jgsw.course.domain.PlanStatus.PUBLISHED).toList();
    }

    @Override
    public void store(TrainingPlan plan) {
      plans.put(plan.id(), plan);
    }
  }

  /** assignments */
  public static final class InMemoryAssignments implements AssignmentRepository {

    private final Map<AssignmentId, Assignment> assignments = new LinkedHashMap<>();

    @Override
    public List<Assignment> findByPlan(TrainingPlanId plan) {
      return assignments.values().stream().filter(a -> a.plan().equals(plan)).toList();
    }

    @Override
    public List<Assignment> findByPerson(String personId) {
      return assignments.values().stream().filter(a -> a.personId().equals(personId)).toList();
    }

    @Override
    public void storeAll(Collection<Assignment> changed) {
      changed.forEach(a -> assignments.put(a.id(), a));
    }

    public int assignmentCount() {
      return assignments.size();
    }
  }

  /** offline training */
  public static final class InMemoryOfflineTrainings implements OfflineTrainingRepository {

    private final List<OfflineTraining> offline = new ArrayList<>();

    @Override
    public List<OfflineTraining> findByAttendee(String personId) {
      return offline.stream().filter(t -> t.attendees().contains(personId)).toList();
    }

    @Override
    public void store(OfflineTraining training) {
      offline.add(training);
    }
  }

  /** behaviour rating requests */
  public static final class InMemoryRatingRequests implements BehaviourRatingRequestRepository {

    private final Map<EnrolmentId, BehaviourRatingRequest> requests = new LinkedHashMap<>();

    @Override
    public Optional<BehaviourRatingRequest> find(EnrolmentId enrolment) {
      return Optional.ofNullable(requests.get(enrolment));
    }

    @Override
    public List<BehaviourRatingRequest> findBySupervisor(String supervisor) {
      return requests.values().stream().filter(r -> r.supervisor().equals(supervisor)).toList();
    }

    @Override
    public void store(BehaviourRatingRequest request) {
      requests.put(request.enrolment(), request);
    }
  }
}
