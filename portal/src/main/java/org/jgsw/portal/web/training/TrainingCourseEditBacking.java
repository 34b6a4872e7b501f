package org.jgsw.portal.web.training;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.competency.domain.CompetencyDictionaryRepository;
import org.jgsw.course.application.Courses;
import org.jgsw.course.domain.CitationReview;
import org.jgsw.course.domain.CitedDocument;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.InvalidTrainingDataException;
import org.jgsw.course.domain.Lesson;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.course.domain.Question;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.QuestionType;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.QuizPurpose;
import org.jgsw.portal.training.CitationFlags;
import org.jgsw.portal.training.JpaQuizRepository;
import org.jgsw.portal.training.LessonDocuments;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * training/course.xhtml: a course's draft (new course, or the next version of a published one) —
 * details, lessons (rich text, video link, PDF document or library citation, with repealed citations
 * flagged) and the post-test's question bank, optionally also used as a pre-test. A published version
 * is never changed; saving creates or updates the draft, publishing makes it the current version.
 */
@Named
@ViewScoped
public class TrainingCourseEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A lesson row of the form; id is empty for a new lesson. The kind decides which fields count: the
   * HTML, the video address, the uploaded PDF, or the library document id and note.
   */
  public static class LessonForm implements Serializable {
    private static final long serialVersionUID = 1L;
    String id = "";
    String title;
    int minutes = 20;
    LessonContent.Kind kind = LessonContent.Kind.RICH_TEXT;
    String html = "";
    String url = "";
    String documentRef = "";
    String fileName = "";
    String libraryId = "";
    String note = "";
    transient UploadedFile upload;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public LessonContent.Kind getKind() { return kind; }
    public void setKind(LessonContent.Kind kind) { this.kind = kind == null ? LessonContent.Kind.RICH_TEXT : kind; }
    public String getHtml() { return html; }
    public void setHtml(String html) { this.html = html; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getFileName() { return fileName; }
    public String getLibraryId() { return libraryId; }
    public void setLibraryId(String libraryId) { this.libraryId = libraryId == null ? "" : libraryId.strip(); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
  }

  /** A question row: options one per line, correct options as 1-based numbers ("1,3"). */
  public static class QuestionForm implements Serializable {
    private static final long serialVersionUID = 1L;
    String id;
    QuestionType type = QuestionType.SINGLE_CHOICE;
    String text;
    String options = "";
    String correct = "1";
    int points = 1;

    public String getId() { return id; }
    public QuestionType getType() { return type; }
    public void setType(QuestionType type) { this.type = type; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public String getCorrect() { return correct; }
    public void setCorrect(String correct) { this.correct = correct; }
    public int getPoints() { return points; }
    public void setPoints(int points) { this.points = points; }
  }

  @Inject transient Courses courses;
  @Inject transient JpaQuizRepository quizzes;
  @Inject ActiveUser activeUser;
  @Inject transient LessonDocuments documents;
  @Inject transient CitationFlags citationFlags;
  @Inject transient Messages messages;
  @Inject transient CompetencyDictionaryRepository dictionary;

  private static final String BUNDLE = TrainingLabels.BUNDLE;

  private Long courseId;
  private Integer version;
  private CourseStatus status;
  private String title;
  private String summary;
  private boolean general = true;
  private String domain;
  private String hours = "1";
  private int minutes = 60;
  private String posts = "";
  private String competencies = "";
  private final List<LessonForm> lessons = new ArrayList<>();
  private final List<QuestionForm> questions = new ArrayList<>();
  private Long quizId;
  private int drawCount = 5;
  private int passMark = 60;
  private int attemptLimit = 3;
  private int timeLimitMinutes = 20;
  private boolean preTest;
  private Long preTestQuizId;
  private transient Map<String, CitedDocument> citations = Map.of();
  private transient List<CitationReview.LessonToReview> review = List.of();

  /** f:viewAction: the latest version of the course, or an empty form for a new one. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback() || courseId == null) {
      return;
    }
    List<Course> versions = courses.versions(CourseId.of(courseId));
    if (versions.isEmpty()) {
      error("没有课程 " + courseId);
      courseId = null;
      return;
    }
    fill(versions.get(versions.size() - 1));
  }

  private void fill(Course c) {
    version = c.version();
    status = c.status();
    title = c.title();
    summary = c.summary();
    general = c.category().kind() == CourseCategory.Kind.GENERAL;
    domain = c.category().businessDomain();
    hours = c.creditHours().value().toPlainString();
    minutes = c.estimatedMinutes();
    posts = String.join(",", c.targetPosts());
    competencies = String.join(",", c.targetCompetencies().stream().map(t -> t.competencyCode() + ":" + t.level()).toList());
    lessons.clear();
    for (Lesson l : c.lessons()) {
      LessonForm f = new LessonForm();
      f.id = l.id().value();
      f.title = l.title();
      f.minutes = l.estimatedMinutes();
      f.kind = l.content().kind();
      if (l.content() instanceof LessonContent.VideoLink v) {
        f.url = v.url();
      } else if (l.content() instanceof LessonContent.RichText t) {
        f.html = t.html();
      } else if (l.content() instanceof LessonContent.DocumentAttachment d) {
        f.documentRef = d.documentRef();
        f.fileName = d.fileName();
      } else if (l.content() instanceof LessonContent.LibraryCitation cite) {
        f.libraryId = cite.libraryDocumentId();
        f.note = cite.note();
      }
      lessons.add(f);
    }
    citations = citationFlags.documentsOf(List.of(c));
    review = CitationReview.lessonsToReview(c, citations);
    questions.clear();
    preTestQuizId = quizzes.findByCourse(c.id()).stream().filter(q -> q.purpose() == QuizPurpose.PRE_TEST)
        .map(q -> q.id().value()).findFirst().orElse(null);
    preTest = preTestQuizId != null;
    quizzes.findByCourse(c.id()).stream().filter(q -> q.purpose() == QuizPurpose.POST_TEST).findFirst().ifPresent(q -> {
      quizId = q.id().value();
      drawCount = q.drawCount();
      passMark = q.passMarkPercent();
      attemptLimit = q.attemptLimit();
      timeLimitMinutes = (int) q.timeLimit().toMinutes();
      for (Question question : q.bank()) {
        QuestionForm f = new QuestionForm();
        f.id = question.id().value();
        f.type = question.type();
        f.text = question.text();
        f.options = String.join("\n", question.options());
        f.correct = String.join(",", question.correct().stream().map(i -> String.valueOf(i + 1)).toList());
        f.points = question.points();
        questions.add(f);
      }
    });
  }

  public boolean isEditable() {
    return status == null || status == CourseStatus.DRAFT;
  }

  public void addLesson() {
    LessonForm f = new LessonForm();
    f.title = "第 " + (lessons.size() + 1) + " 课时";
    lessons.add(f);
  }

  public void removeLesson(LessonForm f) {
    lessons.remove(f);
  }

  public void addQuestion() {
    QuestionForm f = new QuestionForm();
    f.id = "Q" + System.currentTimeMillis() % 100000000 + "-" + questions.size();
    questions.add(f);
  }

  public void removeQuestion(QuestionForm f) {
    questions.remove(f);
  }

  /** Starts the next version of a published course as a draft with the same content. */
  public void newVersion() {
    Course latest = latest().orElseThrow();
    try {
      fill(courses.saveDraft(latest.edit().build()));
      info("已建立第 " + version + " 版草稿");
    } catch (RuntimeException e) {
      error(e.getMessage());
    }
  }

  public void save() {
    if (!storeUploads()) {
      return;
    }
    try {
      Course.Builder b = courseId == null ? Course.draft(courses.newId()) : latest().orElseThrow().edit();
      b.title(title).summary(summary).category(general ? CourseCategory.general() : CourseCategory.special(domain))
          .targetPosts(csv(posts)).creditHours(hours).estimatedMinutes(minutes);
      if (courseId == null) {
        b.owner(activeUser.getUsername());
      }
      CompetencyTargetsField.Parsed targets =
          CompetencyTargetsField.parse(competencies, code -> dictionary.find(code).map(c -> c.code().value()));
      if (!targets.problems().isEmpty()) {
        targets.problems().forEach(this::error);
        return;
      }
      targets.targets().forEach(b::trains);
      List<Lesson> before = new ArrayList<>(courseId == null ? List.of() : latest().orElseThrow().lessons());
      before.forEach(l -> b.removeLesson(l.id()));
      for (LessonForm f : lessons) {
        if (f.id.isEmpty()) {
          b.addLesson(f.title, f.minutes, () -> content(f));
        } else {
          b.lesson(f.id, f.title, f.minutes, content(f));
        }
      }
      Course saved = courses.saveDraft(b.build());
      courseId = saved.id().value();
      saveQuiz(saved.id());
      fill(saved);
      info("已保存草稿（第 " + saved.version() + " 版）");
    } catch (InvalidTrainingDataException e) {
      e.problems().forEach(this::error);
    } catch (RuntimeException e) {
      error(e.getMessage());
    }
  }

  private static LessonContent content(LessonForm f) {
    return switch (f.kind) {
      case VIDEO -> new LessonContent.VideoLink(f.url);
      case DOCUMENT -> new LessonContent.DocumentAttachment(f.documentRef, f.fileName);
      case LIBRARY_CITATION -> new LessonContent.LibraryCitation(f.libraryId, f.note);
      case RICH_TEXT -> new LessonContent.RichText(f.html);
    };
  }

  /** Stores the PDFs chosen for document lessons (checked by content and size); false if one was refused. */
  private boolean storeUploads() {
    boolean ok = true;
    for (LessonForm f : lessons) {
      if (f.upload == null || f.upload.getSize() == 0) {
        continue;
      }
      try {
        LessonContent.DocumentAttachment a = documents.store(f.upload.getContent(), f.upload.getFileName());
        f.documentRef = a.documentRef();
        f.fileName = a.fileName();
        f.kind = LessonContent.Kind.DOCUMENT;
      } catch (LessonDocuments.Rejected e) {
        error("「" + f.title + "」：" + messages.text(BUNDLE, e.key(), e.arguments()));
        ok = false;
      } finally {
        f.upload = null;
      }
    }
    return ok;
  }

  private void saveQuiz(CourseId course) {
    if (questions.isEmpty()) {
      return;
    }
    Quiz.Builder q = Quiz.builder(quizId == null ? quizzes.nextId() : QuizId.of(quizId), course)
        .title(title + " · 课后测验").purpose(QuizPurpose.POST_TEST).passMarkPercent(passMark).attemptLimit(attemptLimit)
        .timeLimit(Duration.ofMinutes(timeLimitMinutes));
    for (QuestionForm f : questions) {
      List<String> options = f.type == QuestionType.TRUE_FALSE ? Question.TRUE_FALSE_OPTIONS
          : Arrays.stream(f.options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      Set<Integer> correct = new LinkedHashSet<>();
      for (String c : csv(f.correct)) {
        correct.add(Integer.parseInt(c) - 1);
      }
      q.question(() -> new Question(QuestionId.of(f.id), f.type, f.text, options, correct, f.points));
    }
    Quiz quiz = q.drawCount(Math.min(drawCount, questions.size())).build();
    quizzes.store(quiz);
    quizId = quiz.id().value();
    if (preTest) {
      // The pre-test draws from the same bank, once, before the lessons: its score is the starting point of the L2 gain.
      Quiz.Builder pre = Quiz.builder(preTestQuizId == null ? quizzes.nextId() : QuizId.of(preTestQuizId), course)
          .title(title + " · 课前测").purpose(QuizPurpose.PRE_TEST).passMarkPercent(passMark).attemptLimit(1)
          .timeLimit(Duration.ofMinutes(timeLimitMinutes));
      quiz.bank().forEach(pre::question);
      Quiz preQuiz = pre.drawCount(quiz.drawCount()).build();
      quizzes.store(preQuiz);
      preTestQuizId = preQuiz.id().value();
    }
  }

  public void publish() {
    save();
    if (FacesContext.getCurrentInstance().getMessageList().stream().anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)) {
      return;
    }
    try {
      fill(courses.publish(latest().orElseThrow().versionId()));
      info("已发布第 " + version + " 版，新学员将学习此版本；学习中的人员继续学习原版本");
    } catch (RuntimeException e) {
      error(e.getMessage());
    }
  }

  private Optional<Course> latest() {
    if (courseId == null) {
      return Optional.empty();
    }
    List<Course> versions = courses.versions(CourseId.of(courseId));
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  private static List<String> csv(String text) {
    return text == null || text.isBlank() ? List.of()
        : Arrays.stream(text.split("[,，、\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public LessonContent.Kind[] getLessonKinds() {
    return LessonContent.Kind.values();
  }

  /** The library document a citation lesson names, as the library knows it now (after the last save). */
  public CitedDocument citation(LessonForm f) {
    if (citations == null || f.libraryId.isEmpty()) {
      return null;
    }
    return citations.getOrDefault(f.libraryId, CitedDocument.missing(f.libraryId));
  }

  /** Lessons citing a repealed or deleted document, for the warning at the top of the editor. */
  public List<CitationReview.LessonToReview> getReview() {
    return review == null ? List.of() : review;
  }

  public boolean isPreTest() { return preTest; }
  public void setPreTest(boolean preTest) { this.preTest = preTest || preTestQuizId != null; }
  /** A pre-test, once it exists, stays: its attempts are the baseline of the gain. */
  public boolean isPreTestFixed() { return preTestQuizId != null; }

  public QuestionType[] getQuestionTypes() {
    return QuestionType.values();
  }

  public Long getCourseId() { return courseId; }
  public void setCourseId(Long courseId) { this.courseId = courseId; }
  public Integer getVersion() { return version; }
  public CourseStatus getStatus() { return status; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public boolean isGeneral() { return general; }
  public void setGeneral(boolean general) { this.general = general; }
  public String getDomain() { return domain; }
  public void setDomain(String domain) { this.domain = domain; }
  public String getHours() { return hours; }
  public void setHours(String hours) { this.hours = hours; }
  public int getMinutes() { return minutes; }
  public void setMinutes(int minutes) { this.minutes = minutes; }
  public String getPosts() { return posts; }
  public void setPosts(String posts) { this.posts = posts; }
  public String getCompetencies() { return competencies; }
  public void setCompetencies(String competencies) { this.competencies = competencies; }
  public List<LessonForm> getLessons() { return lessons; }
  public List<QuestionForm> getQuestions() { return questions; }
  public int getDrawCount() { return drawCount; }
  public void setDrawCount(int drawCount) { this.drawCount = drawCount; }
  public int getPassMark() { return passMark; }
  public void setPassMark(int passMark) { this.passMark = passMark; }
  public int getAttemptLimit() { return attemptLimit; }
  public void setAttemptLimit(int attemptLimit) { this.attemptLimit = attemptLimit; }
  public int getTimeLimitMinutes() { return timeLimitMinutes; }
  public void setTimeLimitMinutes(int timeLimitMinutes) { this.timeLimitMinutes = timeLimitMinutes; }
}
