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
import java.util.Optional;
import java.util.Set;
import org.jgsw.course.application.Courses;
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
import org.jgsw.portal.training.JpaQuizRepository;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * training/course.xhtml: a course's draft (new course, or the next version of a published one) —
 * details, lessons (rich text or video link) and the post-test's question bank. A published version
 * is never changed; saving creates or updates the draft, publishing makes it the current version.
 */
@Named
@ViewScoped
public class TrainingCourseEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A lesson row of the form; id is empty for a new lesson. */
  public static class LessonForm implements Serializable {
    private static final long serialVersionUID = 1L;
    String id = "";
    String title;
    int minutes = 20;
    boolean video;
    String html = "";
    String url = "";

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public boolean isVideo() { return video; }
    public void setVideo(boolean video) { this.video = video; }
    public String getHtml() { return html; }
    public void setHtml(String html) { this.html = html; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
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
      if (l.content() instanceof LessonContent.VideoLink v) {
        f.video = true;
        f.url = v.url();
      } else if (l.content() instanceof LessonContent.RichText t) {
        f.html = t.html();
      }
      lessons.add(f);
    }
    questions.clear();
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
    try {
      Course.Builder b = courseId == null ? Course.draft(courses.newId()) : latest().orElseThrow().edit();
      b.title(title).summary(summary).category(general ? CourseCategory.general() : CourseCategory.special(domain))
          .targetPosts(csv(posts)).creditHours(hours).estimatedMinutes(minutes);
      if (courseId == null) {
        b.owner(activeUser.getUsername());
      }
      for (String t : csv(competencies)) {
        String[] codeLevel = t.split(":");
        b.trains(codeLevel[0].strip(), codeLevel.length > 1 ? Integer.parseInt(codeLevel[1].strip()) : 3);
      }
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
    return f.video ? new LessonContent.VideoLink(f.url) : new LessonContent.RichText(f.html);
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
