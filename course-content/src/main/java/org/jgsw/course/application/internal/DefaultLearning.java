package org.jgsw.course.application.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jgsw.course.application.Learning;
import org.jgsw.course.application.LearningSettings;
import org.jgsw.course.application.NotFoundException;
import org.jgsw.course.application.port.CompetencyEvidence;
import org.jgsw.course.application.port.CompetencyEvidenceSink;
import org.jgsw.course.application.port.PeopleDirectory;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.AttemptId;
import org.jgsw.course.domain.AttemptRepository;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.BehaviourRatingRequestRepository;
import org.jgsw.course.domain.CompetencyTarget;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseRepository;
import org.jgsw.course.domain.CreditEntry;
import org.jgsw.course.domain.CreditLedger;
import org.jgsw.course.domain.CreditRules;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.EnrolmentRepository;
import org.jgsw.course.domain.LessonId;
import org.jgsw.course.domain.OfflineTraining;
import org.jgsw.course.domain.OfflineTrainingRepository;
import org.jgsw.course.domain.PersonCategory;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.QuizPaper;
import org.jgsw.course.domain.QuizPurpose;
import org.jgsw.course.domain.QuizRejectedException;
import org.jgsw.course.domain.QuizRepository;

/**
 * Coordinates studying: loads, calls the domain, stores. Time comes from the injected {@link Clock},
 * question draws from the injected {@link RandomGenerator}.
 */
public class DefaultLearning implements Learning {

  private static final System.Logger LOG = System.getLogger(DefaultLearning.class.getName());

  private final CourseRepository courses;
  private final QuizRepository quizzes;
  private final AttemptRepository attempts;
  private final EnrolmentRepository enrolments;
  private final OfflineTrainingRepository offlineTrainings;
  private final BehaviourRatingRequestRepository ratingRequests;
  private final PeopleDirectory people;
  private final CompetencyEvidenceSink evidence;
  private final LearningSettings settings;
  private final Clock clock;
  private final RandomGenerator random;

  public DefaultLearning(
      CourseRepository courses, QuizRepository quizzes, AttemptRepository attempts, EnrolmentRepository enrolments,
      OfflineTrainingRepository offlineTrainings, BehaviourRatingRequestRepository ratingRequests,
      PeopleDirectory people, CompetencyEvidenceSink evidence, LearningSettings settings, Clock clock, RandomGenerator random) {
    this.courses = Objects.requireNonNull(courses);
    this.quizzes = Objects.requireNonNull(quizzes);
    this.attempts = Objects.requireNonNull(attempts);
    this.enrolments = Objects.requireNonNull(enrolments);
    this.offlineTrainings = Objects.requireNonNull(offlineTrainings);
    this.ratingRequests = Objects.requireNonNull(ratingRequests);
    this.people = Objects.requireNonNull(people);
    this.evidence = Objects.requireNonNull(evidence);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
    this.random = Objects.requireNonNull(random);
  }

  @Override
  public Enrolment enrol(String personId, CourseId course, AssignmentId assignment) {
    return enrolments.findByPersonAndCourse(personId, course).stream()
        .filter(e -> !e.isCompleted())
        .findFirst()
        .orElseGet(() -> {
          Course current = courses.findVersions(course).stream()
              .filter(Course::isOpenForEnrolment)
              .reduce((older, newer) -> newer.version() > older.version() ? newer : older)
              .orElseThrow(() -> new NotFoundException("课程 " + course.value() + " 没有已发布的版本"));
          Enrolment e = Enrolment.start(enrolments.nextId(), personId, current, assignment, clock.instant());
          enrolments.store(e);
          LOG.log(Level.DEBUG, "Enrolled {0} in {1}", personId, current.versionId());
          return e;
        });
  }

  @Override
  public Enrolment openLesson(String personId, EnrolmentId id, LessonId lesson) {
    Enrolment e = own(personId, id);
    e.openLesson(courseOf(e), lesson);
    enrolments.store(e);
    return e;
  }

  @Override
  public Enrolment completeLesson(String personId, EnrolmentId id, LessonId lesson) {
    Enrolment e = own(personId, id);
    Course course = courseOf(e);
    e.completeLesson(course, lesson);
    completeIfDone(e, course);
    enrolments.store(e);
    return e;
  }

  @Override
  public Duration heartbeat(String personId, EnrolmentId id, LessonId lesson, Duration sinceLastActivity) {
    Enrolment e = own(personId, id);
    Duration counted = e.recordHeartbeat(courseOf(e), lesson, clock.instant(), sinceLastActivity, settings.timeRecording());
    enrolments.store(e);
    return counted;
  }

  @Override
  public QuizPaper startQuiz(String personId, QuizId quizId) {
    Quiz quiz = quiz(quizId);
    Attempt attempt = quiz.startAttempt(personId, attempts.findByQuizAndPerson(quizId, personId), clock.instant(), random);
    attempts.store(attempt);
    LOG.log(Level.DEBUG, "Started attempt {0}", attempt.id());
    return quiz.paperFor(attempt);
  }

  @Override
  public Attempt submitQuiz(String personId, AttemptId attemptId, Map<QuestionId, Set<Integer>> answers) {
    if (!attemptId.personId().equals(personId)) {
      throw new QuizRejectedException(QuizRejectedException.Reason.WRONG_PERSON, "只能提交本人的答卷");
    }
    Quiz quiz = quiz(attemptId.quiz());
    Attempt attempt = attempts.find(attemptId).orElseThrow(() -> new QuizRejectedException(
        QuizRejectedException.Reason.ATTEMPT_LIMIT_REACHED, "没有第 " + attemptId.number() + " 次答题记录，答卷不予接受"));
    Attempt submitted = quiz.submit(attempt, answers, clock.instant());
    attempts.store(submitted);
    if (submitted.passed() && quiz.purpose() == QuizPurpose.POST_TEST) {
      enrolments.findByPersonAndCourse(personId, quiz.course()).stream().filter(e -> !e.isCompleted()).forEach(e -> {
        e.recordPostTestPassed(quiz, submitted);
        completeIfDone(e, courseOf(e));
        enrolments.store(e);
      });
    }
    return submitted;
  }

  @Override
  public CreditLedger ledger(String personId, int year, PersonCategory category) {
    List<CreditEntry> entries = new ArrayList<>();
    for (Enrolment e : enrolments.findByPerson(personId)) {
      if (e.isCompleted()) {
        CreditRules.earnedFor(e, courseOf(e), settings.zone()).ifPresent(entries::add);
      }
    }
    for (OfflineTraining t : offlineTrainings.findByAttendee(personId)) {
      t.creditEntries().stream().filter(c -> c.personId().equals(personId)).forEach(entries::add);
    }
    return CreditLedger.of(personId, year, category, entries, settings.creditPolicy());
  }

  private void completeIfDone(Enrolment e, Course course) {
    boolean hasPostTest = quizzes.findByCourse(course.id()).stream().anyMatch(q -> q.purpose() == QuizPurpose.POST_TEST);
    Instant now = clock.instant();
    if (e.completeIfDone(course, settings.completionRule(), hasPostTest, now)) {
      LOG.log(Level.DEBUG, "Enrolment {0} completed", e.id());
      people.supervisorOf(e.personId())
          .flatMap(s -> BehaviourRatingRequest.after(e, course, s, settings.behaviourRating(), settings.zone()))
          .ifPresent(ratingRequests::store);
      if (e.postTestPassed()) {
        sendCompletionEvidence(e, course, e.completedOn(settings.zone()).orElseThrow());
      }
    }
  }

  /**
   * A course completed with its post-test passed is evidence for every competency it trains, at the level
   * it trains to. A competency and level already proven by an earlier completion of the same course (any
   * version) is not sent again, so retaking a course or taking its next version adds nothing twice.
   */
  private void sendCompletionEvidence(Enrolment e, Course course, LocalDate completedOn) {
    Set<CompetencyTarget> proven = enrolments.findByPersonAndCourse(e.personId(), course.id()).stream()
        .filter(other -> !other.id().equals(e.id()) && other.isCompleted() && other.postTestPassed())
        .flatMap(other -> courses.find(other.course()).stream())
        .flatMap(c -> c.targetCompetencies().stream())
        .collect(Collectors.toSet());
    for (CompetencyTarget target : course.targetCompetencies()) {
      if (!proven.contains(target)) {
        evidence.accept(CompetencyEvidence.trainingCompletion(target.competencyCode(), e.personId(), target.level(), completedOn,
            course.id(), course.title(), course.version()));
      }
    }
  }

  private Enrolment own(String personId, EnrolmentId id) {
    Enrolment e = enrolments.find(id).orElseThrow(() -> new NotFoundException("没有学习记录 " + id.value()));
    if (!e.personId().equals(personId)) {
      throw new NotFoundException("没有学习记录 " + id.value());
    }
    return e;
  }

  private Course courseOf(Enrolment e) {
    return courses.find(e.course()).orElseThrow(() -> new NotFoundException("没有课程 " + e.course()));
  }

  private Quiz quiz(QuizId id) {
    return quizzes.find(id).orElseThrow(() -> new NotFoundException("没有测验 " + id.value()));
  }
}
