package org.jgsw.course.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person studying one version of a course (学习记录): which lessons are done, where to resume, the
 * time recorded per lesson, whether the post-test was passed, and when the course was completed.
 *
 * <p><b>Version pinning.</b> An enrolment keeps the {@link CourseVersionId version} it started with;
 * every progress method takes the course and refuses another version, so a published course edited
 * into a new version never changes what someone half-way through studies.
 *
 * <p>Unlike courses and quizzes this entity changes many times in its life (every heartbeat), so it
 * is mutable, with every change going through a method that checks its rule.
 */
public final class Enrolment {

  private final EnrolmentId id;
  private final String personId;
  private final CourseVersionId course;
  private final AssignmentId assignment;
  private final Instant enrolledAt;
  private final Set<LessonId> completedLessons = new LinkedHashSet<>();
  private final Map<LessonId, Duration> timeSpent = new LinkedHashMap<>();
  private LessonId lastLesson;
  private LessonId heartbeatLesson;
  private Instant heartbeatAt;
  private Instant postTestPassedAt;
  private Instant completedAt;

  private Enrolment(EnrolmentId id, String personId, CourseVersionId course, AssignmentId assignment, Instant enrolledAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.personId = Texts.required(personId, "学员不能为空");
    this.course = Objects.requireNonNull(course, "course");
    this.assignment = assignment;
    this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
  }

  /**
   * Starts studying {@code course} (which must be published), optionally for an assignment.
   */
  public static Enrolment start(EnrolmentId id, String personId, Course course, AssignmentId assignment, Instant now) {
    if (!course.isOpenForEnrolment()) {
      throw new IllegalStateException("课程「" + course.title() + "」" + course.status().label() + "，不能开始学习");
    }
    return new Enrolment(id, personId, course.versionId(), assignment, now);
  }

  /** Rebuilds a stored enrolment; for repositories only. */
  public static Enrolment restore(
      EnrolmentId id, String personId, CourseVersionId course, AssignmentId assignment, Instant enrolledAt,
      Set<LessonId> completedLessons, Map<LessonId, Duration> timeSpent, LessonId lastLesson,
      LessonId heartbeatLesson, Instant heartbeatAt, Instant postTestPassedAt, Instant completedAt) {
    Enrolment e = new Enrolment(id, personId, course, assignment, enrolledAt);
    e.completedLessons.addAll(completedLessons);
    e.timeSpent.putAll(timeSpent);
    e.lastLesson = lastLesson;
    e.heartbeatLesson = heartbeatLesson;
    e.heartbeatAt = heartbeatAt;
    e.postTestPassedAt = postTestPassedAt;
    e.completedAt = completedAt;
    return e;
  }

  /** Marks {@code lesson} as the one to resume at (opened on any device). */
  public void openLesson(Course course, LessonId lesson) {
    requireLessonOf(course, lesson);
    lastLesson = lesson;
  }

  /** Marks {@code lesson} as done; it also becomes the one to resume at. */
  public void completeLesson(Course course, LessonId lesson) {
    requireLessonOf(course, lesson);
    completedLessons.add(lesson);
    lastLesson = lesson;
  }

  /**
   * Records a heartbeat from the lesson page at {@code now} (server time) and returns the time
   * counted for it under {@code rule} (often zero; see {@link TimeRecordingRule}).
   */
  public Duration recordHeartbeat(
      Course course, LessonId lessonId, Instant now, Duration sinceLastActivity, TimeRecordingRule rule) {
    Lesson lesson = requireLessonOf(course, lessonId);
    Duration spent = timeSpent(lessonId);
    Duration counted = rule.toCount(lesson, heartbeatLesson, heartbeatAt, now, sinceLastActivity, spent);
    if (!counted.isZero()) {
      timeSpent.put(lessonId, spent.plus(counted));
    }
    if (heartbeatAt == null || !now.isBefore(heartbeatAt)) {
      heartbeatLesson = lessonId;
      heartbeatAt = now;
    }
    lastLesson = lessonId;
    return counted;
  }

  /** Records that {@code attempt}, a passed attempt of this person at the course's post-test, passed. */
  public void recordPostTestPassed(Quiz quiz, Attempt attempt) {
    if (!quiz.course().equals(course.course()) || quiz.purpose() != QuizPurpose.POST_TEST) {
      throw new IllegalArgumentException("测验「" + quiz.title() + "」不是本课程的课后测验");
    }
    if (!attempt.id().quiz().equals(quiz.id()) || !attempt.personId().equals(personId) || !attempt.passed()) {
      throw new IllegalArgumentException("只有本人通过的答题记录才能记为测验通过");
    }
    if (postTestPassedAt == null) {
      postTestPassedAt = attempt.submittedAt().orElseThrow();
    }
  }

  /**
   * Completes this enrolment at {@code now} if {@code rule} is met; returns whether it became
   * completed by this call. Completion is final.
   */
  public boolean completeIfDone(Course course, CompletionRule rule, boolean courseHasPostTest, Instant now) {
    requireSameVersion(course);
    if (completedAt != null || !rule.isMetBy(this, course, courseHasPostTest)) {
      return false;
    }
    completedAt = now;
    return true;
  }

  /** Where to continue: the last lesson opened, else the first lesson not yet done, else the first. */
  public LessonId resumeLesson(Course course) {
    requireSameVersion(course);
    if (lastLesson != null && course.hasLesson(lastLesson)) {
      return lastLesson;
    }
    return course.lessons().stream().map(Lesson::id).filter(l -> !completedLessons.contains(l))
        .findFirst().orElse(course.lessons().get(0).id());
  }

  /** Lessons done of lessons in the course, for a progress bar. */
  public Ratio lessonProgress(Course course) {
    requireSameVersion(course);
    long done = course.lessons().stream().filter(l -> completedLessons.contains(l.id())).count();
    return Ratio.of(done, course.lessons().size());
  }

  public ProgressState progressState() {
    if (completedAt != null) {
      return ProgressState.COMPLETED;
    }
    return completedLessons.isEmpty() && timeSpent.isEmpty() && lastLesson == null && postTestPassedAt == null
        ? ProgressState.NOT_STARTED
        : ProgressState.STARTED;
  }

  /**
   * How far a person is with a course over all their enrolments in it (any version): completed if
   * one is completed, else started if one is started.
   */
  public static ProgressState progressOf(java.util.Collection<Enrolment> enrolments) {
    ProgressState best = ProgressState.NOT_STARTED;
    for (Enrolment e : enrolments) {
      ProgressState s = e.progressState();
      if (s.ordinal() > best.ordinal()) {
        best = s;
      }
    }
    return best;
  }

  public EnrolmentId id() {
    return id;
  }

  public String personId() {
    return personId;
  }

  /** The course version this enrolment is pinned to. */
  public CourseVersionId course() {
    return course;
  }

  /** The assignment this enrolment was started from, if any. */
  public Optional<AssignmentId> assignment() {
    return Optional.ofNullable(assignment);
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public Set<LessonId> completedLessons() {
    return Collections.unmodifiableSet(completedLessons);
  }

  public Optional<LessonId> lastLesson() {
    return Optional.ofNullable(lastLesson);
  }

  public Duration timeSpent(LessonId lesson) {
    return timeSpent.getOrDefault(lesson, Duration.ZERO);
  }

  public Map<LessonId, Duration> timeSpentByLesson() {
    return Collections.unmodifiableMap(timeSpent);
  }

  public Duration totalTimeSpent() {
    return timeSpent.values().stream().reduce(Duration.ZERO, Duration::plus);
  }

  public Optional<LessonId> heartbeatLesson() {
    return Optional.ofNullable(heartbeatLesson);
  }

  public Optional<Instant> heartbeatAt() {
    return Optional.ofNullable(heartbeatAt);
  }

  public boolean postTestPassed() {
    return postTestPassedAt != null;
  }

  public Optional<Instant> postTestPassedAt() {
    return Optional.ofNullable(postTestPassedAt);
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** The date of completion in {@code zone} (the bureau's time zone), if completed. */
  public Optional<LocalDate> completedOn(ZoneId zone) {
    return completedAt().map(at -> LocalDate.ofInstant(at, zone));
  }

  private Lesson requireLessonOf(Course course, LessonId lesson) {
    requireSameVersion(course);
    return course.lesson(lesson).orElseThrow(
        () -> new IllegalArgumentException("课程「" + course.title() + "」中没有课时 " + lesson));
  }

  private void requireSameVersion(Course course) {
    if (!course.versionId().equals(this.course)) {
      throw new IllegalArgumentException(
          "学习记录属于课程 " + this.course + "，不能按 " + course.versionId() + " 记录进度");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Enrolment e && id.equals(e.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Enrolment[" + id.value() + ", " + personId + ", " + course + ", " + progressState() + "]";
  }
}
