package org.jgsw.portal.web.learning;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.course.application.Learning;
import org.jgsw.course.application.LearningSettings;
import org.jgsw.course.application.NotFoundException;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.CitedDocument;
import org.jgsw.course.domain.CompletionRule;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.InvalidTrainingDataException;
import org.jgsw.course.domain.Lesson;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.course.domain.LessonId;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.QuestionType;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizPaper;
import org.jgsw.course.domain.QuizPurpose;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.course.domain.QuizRejectedException;
import org.jgsw.course.domain.QuestionnaireItem;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.training.Certificates;
import org.jgsw.portal.training.JpaAttemptRepository;
import org.jgsw.portal.training.Reactions;
import org.jgsw.portal.training.StudySession;
import org.jgsw.portal.training.StudySession.StudyView;
import org.jgsw.portal.training.TrainingPeople;
import org.jgsw.portal.web.shared.ActiveUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * learning/course.xhtml: one course — lessons in order (resumes where the person stopped, on any
 * device), heartbeats for time spent, the quiz (the page gets a paper without answers; the server
 * scores), completion, the Level-1 questionnaire and the certificate.
 */
@Named
@ViewScoped
public class CourseStudyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StudySession study;
  @Inject transient Learning learning;
  @Inject transient TrainingPeople people;
  @Inject transient JpaAttemptRepository attempts;
  @Inject transient Reactions reactions;
  @Inject transient Certificates certificates;
  @Inject transient LearningSettings settings;
  @Inject transient org.jgsw.portal.training.CitationFlags citationFlags;
  @Inject ActiveUser activeUser;

  private Long courseId;
  private String staffNo;
  private String personName;
  private transient StudyView view;
  private long enrolmentId;
  private String currentLesson;
  private QuizPaper paper;
  private final Map<String, Object> answers = new HashMap<>();
  private Attempt lastResult;
  private final Map<String, Integer> scores = new HashMap<>();
  private String comment;
  /** The learner's gain, worked out once per request cycle that needs it (reset when a quiz is submitted). */
  private transient LearnerGain gain;
  private transient boolean gainKnown;

  /** f:viewAction: start or resume the course. */
  public void load() {
    Optional<Person> p = people.personOf(activeUser.getUsername());
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (courseId == null || p.isEmpty()) {
      error(courseId == null ? "没有指定课程" : "该账号未关联人员，不能学习");
      return;
    }
    try {
      view = study.open(p.get().getStaffNo(), CourseId.of(courseId));
    } catch (NotFoundException | IllegalStateException | IllegalArgumentException e) {
      // no learner set: the page shows the message instead of a course (it used to ask for enrolment 0)
      error(e.getMessage());
      return;
    }
    staffNo = p.get().getStaffNo();
    personName = p.get().getName();
    enrolmentId = view.enrolment().id().value();
    currentLesson = view.enrolment().resumeLesson(view.course()).value();
    learning.openLesson(staffNo, view.enrolment().id(), LessonId.of(currentLesson));
  }

  private StudyView view() {
    if (view == null && staffNo != null) {
      view = study.view(org.jgsw.course.domain.EnrolmentId.of(enrolmentId));
    }
    return view;
  }

  public boolean isReady() {
    return staffNo != null && view() != null;
  }

  public void selectLesson(String lessonId) {
    view = study.view(learning.openLesson(staffNo, view().enrolment().id(), LessonId.of(lessonId)));
    currentLesson = lessonId;
  }

  public void completeCurrent() {
    view = study.view(learning.completeLesson(staffNo, view().enrolment().id(), LessonId.of(currentLesson)));
    List<Lesson> lessons = view.course().lessons();
    lessons.stream().map(l -> l.id().value()).filter(id -> !isDone(id)).findFirst().ifPresent(next -> {
      currentLesson = next;
      learning.openLesson(staffNo, view.enrolment().id(), LessonId.of(next));
    });
  }

  /** p:remoteCommand from the lesson page, about once a minute while it is visible; idle = seconds since the last input. */
  public void heartbeat() {
    String idle = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("idle");
    long seconds;
    try {
      seconds = Math.max(0, Long.parseLong(idle == null ? "0" : idle));
    } catch (NumberFormatException e) {
      seconds = Long.MAX_VALUE / 2;
    }
    learning.heartbeat(staffNo, view().enrolment().id(), LessonId.of(currentLesson), Duration.ofSeconds(seconds));
  }

  public void startQuiz(long quizId) {
    try {
      paper = learning.startQuiz(staffNo, org.jgsw.course.domain.QuizId.of(quizId));
      answers.clear();
      lastResult = null;
    } catch (QuizRejectedException e) {
      error(e.getMessage());
    }
  }

  public void submitQuiz() {
    Map<QuestionId, Set<Integer>> picked = new HashMap<>();
    for (QuizPaper.PaperQuestion q : paper.questions()) {
      Set<Integer> indexes = new LinkedHashSet<>();
      Object v = answers.get(q.id().value());
      if (v instanceof String s && !s.isEmpty()) {
        indexes.add(Integer.valueOf(s));
      } else if (v instanceof String[] many) {
        for (String s : many) {
          indexes.add(Integer.valueOf(s));
        }
      } else if (v instanceof Collection<?> many) {
        many.forEach(s -> indexes.add(Integer.valueOf(String.valueOf(s))));
      }
      picked.put(q.id(), indexes);
    }
    try {
      lastResult = learning.submitQuiz(staffNo, paper.attempt(), picked);
      gainKnown = false;
      paper = null;
    } catch (QuizRejectedException e) {
      error(e.getMessage());
    } catch (NotFoundException e) {
      error(e.getMessage());
    }
    view = null;
    view();
  }

  public void submitReaction() {
    try {
      Map<String, Integer> given = new HashMap<>();
      scores.forEach((k, v) -> { if (v != null) { given.put(k, v); } });
      reactions.respond(view().enrolment(), given, comment);
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "感谢你的评价", null));
    } catch (InvalidTrainingDataException e) {
      e.problems().forEach(this::error);
    }
  }

  public StreamedContent getCertificate() {
    var done = study.completed(staffNo, CourseId.of(courseId)).orElseThrow();
    LocalDate on = done.enrolment().completedOn(settings.zone()).orElseThrow();
    byte[] pdf = certificates.certificate(personName, staffNo, done.course(), on);
    return DefaultStreamedContent.builder().contentType("application/pdf").name("certificate-" + courseId + ".pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
  }

  private void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  // ------------------------------------------------------------------ view state

  public boolean isCompleted() {
    return isReady() && view().enrolment().isCompleted();
  }

  /** Studies the course again after completing it (a new enrolment; the credit counts once). */
  public void restart() {
    view = study.enrol(staffNo, CourseId.of(courseId));
    enrolmentId = view.enrolment().id().value();
    currentLesson = view.enrolment().resumeLesson(view.course()).value();
  }

  public boolean isReactionGiven() {
    return reactions.find(staffNo, CourseId.of(courseId)).isPresent();
  }

  public List<QuestionnaireItem> getQuestionnaire() {
    return reactions.questionnaire().items();
  }

  public boolean isCertificateAvailable() {
    return certificates.isAvailable();
  }

  public StudyView getView() {
    return view();
  }

  public Lesson getLesson() {
    return view().course().lesson(LessonId.of(currentLesson)).orElse(view().course().lessons().get(0));
  }

  public boolean isDone(String lessonId) {
    return view().enrolment().completedLessons().contains(LessonId.of(lessonId));
  }

  public boolean isAllLessonsDone() {
    return view().course().lessons().stream().allMatch(l -> isDone(l.id().value()));
  }

  public String getLessonHtml() {
    return getLesson().content() instanceof LessonContent.RichText t ? LessonHtml.sanitise(t.html()) : "";
  }

  public String getVideoUrl() {
    return getLesson().content() instanceof LessonContent.VideoLink v ? v.url() : null;
  }

  /** The file name of a document lesson (shown under the embedded PDF), else null. */
  public String getDocumentName() {
    if (getLesson().content() instanceof LessonContent.DocumentAttachment d) {
      return d.fileName().isEmpty() ? "document.pdf" : d.fileName();
    }
    return null;
  }

  /** Where the embedded PDF of a document lesson is served (LessonFileServlet checks the reader may see it). */
  public String getDocumentUrl() {
    Lesson l = getLesson();
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/learning/lesson-file?course="
        + view().course().id().value() + "&version=" + view().course().version() + "&lesson="
        + java.net.URLEncoder.encode(l.id().value(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The library document a citation lesson cites, with its title and current status; null for other lessons. */
  public CitedDocument getCitation() {
    if (getLesson().content() instanceof LessonContent.LibraryCitation c) {
      return citationFlags.documentsOf(List.of(view().course())).getOrDefault(c.libraryDocumentId(), CitedDocument.missing(c.libraryDocumentId()));
    }
    return null;
  }

  public String getCitationNote() {
    return getLesson().content() instanceof LessonContent.LibraryCitation c ? c.note() : "";
  }

  /** The course's quizzes, the pre-test (taken before the lessons) first. */
  public List<Quiz> getQuizzes() {
    return view().quizzes().stream()
        .sorted(java.util.Comparator.comparing((Quiz q) -> q.purpose() != QuizPurpose.PRE_TEST)).toList();
  }

  /** Whether the quiz can be started now: the pre-test once, before any post-test attempt; the post-test after the lessons. */
  public boolean canStart(Quiz quiz) {
    if (paper != null || isCompleted()) {
      return false;
    }
    if (quiz.purpose() == QuizPurpose.PRE_TEST) {
      return attemptsOf(quiz).isEmpty() && view().quizzes().stream()
          .filter(q -> q.purpose() == QuizPurpose.POST_TEST).allMatch(q -> attemptsOf(q).isEmpty());
    }
    return isAllLessonsDone();
  }

  /**
   * The learner's own L2 gain once both tests are taken: first pre-test score, best post-test score
   * and the difference in percentage points (TrainingReports.l2Gain, as the reports compute it).
   */
  public LearnerGain getGain() {
    if (gainKnown) {
      return gain;
    }
    gainKnown = true;
    List<Attempt> pre = new java.util.ArrayList<>();
    List<Attempt> post = new java.util.ArrayList<>();
    for (Quiz q : view().quizzes()) {
      (q.purpose() == QuizPurpose.PRE_TEST ? pre : post).addAll(attemptsOf(q).stream().filter(Attempt::isSubmitted).toList());
    }
    gain = TrainingReports.l2Gain(pre, post).map(points -> new LearnerGain(
        pre.stream().min(java.util.Comparator.comparing((Attempt a) -> a.id().number())).orElseThrow().result().orElseThrow().percent(),
        post.stream().map(a -> a.result().orElseThrow().percent()).max(java.util.Comparator.naturalOrder()).orElseThrow(), points))
        .orElse(null);
    return gain;
  }

  /** First pre-test and best post-test score in percent, and the gain in points. */
  public record LearnerGain(java.math.BigDecimal pre, java.math.BigDecimal post, java.math.BigDecimal gain) implements Serializable {}

  public List<Attempt> attemptsOf(Quiz quiz) {
    return attempts.findByQuizAndPerson(quiz.id(), staffNo);
  }

  public boolean isMultiple(QuizPaper.PaperQuestion q) {
    return q.type() == QuestionType.MULTIPLE_CHOICE;
  }

  public String getRules() {
    CompletionRule rule = settings.completionRule();
    return rule.statement() + " " + settings.timeRecording().statement();
  }

  public String getQuizRules() {
    return Quiz.RULES;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public String getCurrentLesson() {
    return currentLesson;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public QuizPaper getPaper() {
    return paper;
  }

  public Map<String, Object> getAnswers() {
    return answers;
  }

  public Attempt getLastResult() {
    return lastResult;
  }

  public Map<String, Integer> getScores() {
    return scores;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
