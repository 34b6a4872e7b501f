package org.jgsw.portal.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.course.application.Courses;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.CourseVersionId;
import java.math.BigDecimal;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.BehaviourRating;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizPurpose;
import org.jgsw.course.domain.Ratio;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.portal.training.JpaAttemptRepository;
import org.jgsw.portal.training.JpaBehaviourRatingRequestRepository;
import org.jgsw.portal.training.JpaCourseRepository;
import org.jgsw.portal.training.Reactions;
import org.jgsw.portal.training.JpaQuizRepository;

/** training/index.xhtml: every course in its latest version, with publish, archive and new version. */
@Named
@ViewScoped
public class TrainingCoursesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One course as the list shows it: its latest version, and the published one if another. */
  public record CourseRow(long id, int version, String title, String category, String hours, String status, CourseStatus statusCode,
      int lessons, int questions, String owner, Integer publishedVersion, String l1, String l2, String l3) {}

  @Inject transient JpaCourseRepository repository;
  @Inject transient JpaQuizRepository quizzes;
  @Inject transient Courses courses;
  @Inject transient Reactions reactions;
  @Inject transient JpaAttemptRepository attempts;
  @Inject transient JpaBehaviourRatingRequestRepository ratingRequests;

  private List<CourseRow> rows = List.of();

  @PostConstruct
  void load() {
    Map<Long, List<BehaviourRating>> l3 = new java.util.HashMap<>();
    ratingRequests.findAll().stream().filter(BehaviourRatingRequest::isRated)
        .forEach(r -> l3.computeIfAbsent(r.course().value(), k -> new ArrayList<>()).add(r.rating()));
    Map<Long, List<Course>> byCourse = new LinkedHashMap<>();
    repository.findAll().forEach(c -> byCourse.computeIfAbsent(c.id().value(), k -> new ArrayList<>()).add(c));
    List<CourseRow> list = new ArrayList<>();
    byCourse.forEach((id, versions) -> {
      Course latest = versions.get(versions.size() - 1);
      Integer published = versions.stream().filter(c -> c.status() == CourseStatus.PUBLISHED).map(Course::version).reduce((a, b) -> b).orElse(null);
      List<Quiz> courseQuizzes = quizzes.findByCourse(latest.id());
      int questions = courseQuizzes.stream().mapToInt(q -> q.bank().size()).sum();
      List<Attempt> post = courseQuizzes.stream().filter(q -> q.purpose() == QuizPurpose.POST_TEST)
          .flatMap(q -> attempts.findByQuiz(q.id()).stream()).toList();
      Ratio passRate = TrainingReports.l2PassRate(post);
      list.add(new CourseRow(id, latest.version(), latest.title(), latest.category().label(), latest.creditHours().toString(),
          latest.status().label(), latest.status(), latest.lessons().size(), questions, latest.owner(), published,
          TrainingReports.averageL1(reactions.ofCourse(latest.id())).map(BigDecimal::toPlainString).orElse("—"),
          passRate.isEmpty() ? "—" : passRate.percent() + "%",
          TrainingReports.l3Average(l3.getOrDefault(id, List.of())).map(BigDecimal::toPlainString).orElse("—")));
    });
    rows = list;
  }

  public void publish(CourseRow row) {
    run(() -> courses.publish(CourseVersionId.of(row.id(), row.version())), "已发布「" + row.title() + "」第 " + row.version() + " 版");
  }

  public void archive(CourseRow row) {
    run(() -> courses.archive(CourseVersionId.of(row.id(), row.version())), "已归档「" + row.title() + "」");
  }

  /** A published course is never changed: editing starts the next version as a draft. */
  public void newVersion(CourseRow row) {
    run(() -> courses.saveDraft(courses.find(CourseVersionId.of(row.id(), row.version())).orElseThrow().edit().build()),
        "已为「" + row.title() + "」建立第 " + (row.version() + 1) + " 版草稿");
  }

  private void run(Runnable action, String done) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (RuntimeException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    load();
  }

  public List<CourseRow> getRows() {
    return rows;
  }
}
