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
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.CourseVersionId;
import org.jgsw.course.domain.CitationReview;
import org.jgsw.course.domain.EvaluationSummary;
import org.jgsw.portal.training.CitationFlags;
import org.jgsw.portal.training.TrainingEvaluationReports;
import org.jgsw.portal.training.JpaCourseRepository;

/** training/index.xhtml: every course in its latest version, with publish, archive and new version. */
@Named
@ViewScoped
public class TrainingCoursesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One course as the list shows it: its latest version, and the published one if another. */
  public record CourseRow(long id, int version, String title, CourseCategory category, String hours, CourseStatus statusCode,
      int lessons, int questions, String owner, Integer publishedVersion, String l1, String l2, String l3,
      List<CitationReview.LessonToReview> toReview) {}

  @Inject transient JpaCourseRepository repository;
  @Inject transient Courses courses;
  @Inject transient TrainingEvaluationReports reports;
  @Inject transient CitationFlags citationFlags;

  private List<CourseRow> rows = List.of();

  @PostConstruct
  void load() {
    // L1–L3 per course and the bank sizes in a few queries for all courses, not a query per course
    Map<Long, EvaluationSummary> evaluation = new java.util.HashMap<>();
    reports.byCourse().forEach(r -> evaluation.put(Long.valueOf(r.key()), r.summary()));
    Map<Long, Integer> banks = reports.questionBankSizes();
    Map<Long, List<Course>> byCourse = new LinkedHashMap<>();
    repository.findAll().forEach(c -> byCourse.computeIfAbsent(c.id().value(), k -> new ArrayList<>()).add(c));
    // courses citing repealed library documents: flagged here, and their owners notified (once per course and document)
    Map<Long, List<CitationReview.LessonToReview>> flags = citationFlags.reviewAndNotify(byCourse.values().stream()
        .map(v -> v.get(v.size() - 1)).filter(c -> c.status() != CourseStatus.ARCHIVED).toList());
    List<CourseRow> list = new ArrayList<>();
    byCourse.forEach((id, versions) -> {
      Course latest = versions.get(versions.size() - 1);
      Integer published = versions.stream().filter(c -> c.status() == CourseStatus.PUBLISHED).map(Course::version).reduce((a, b) -> b).orElse(null);
      EvaluationSummary e = evaluation.get(id);
      list.add(new CourseRow(id, latest.version(), latest.title(), latest.category(), latest.creditHours().toString(),
          latest.status(), latest.lessons().size(), banks.getOrDefault(id, 0), latest.owner(), published,
          e == null || e.l1Average() == null ? "—" : e.l1Average().toPlainString(),
          e == null || e.l2PassPercent() == null ? "—" : e.l2PassPercent() + "%",
          e == null || e.l3Average() == null ? "—" : e.l3Average().toPlainString(),
          flags.getOrDefault(id, List.of())));
    });
    // courses whose lessons need review come first, so their owners see them without paging
    list.sort(java.util.Comparator.comparing((CourseRow r) -> r.toReview().isEmpty()));
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
