package org.jgsw.portal.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.course.domain.EvaluationSummary;
import org.jgsw.portal.training.TrainingEvaluationReports;
import org.jgsw.portal.training.TrainingEvaluationReports.CourseReport;

/** training/course-report.xhtml?id=…: one course across every plan — totals, by plan, by unit and each learner. */
@Named
@ViewScoped
public class CourseReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainingEvaluationReports reports;

  private Long courseId;
  private transient CourseReport report;

  /** f:viewAction. */
  public void load() {
    report = courseId == null ? null : reports.course(courseId).orElse(null);
  }

  public String getStatusChart() {
    EvaluationSummary s = getReport().total().summary();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("已完成", s.completed());
    counts.put("学习中", s.inProgress());
    counts.put("未开始", s.notStarted());
    counts.put("已逾期", s.overdue());
    return TrainingCharts.doughnut(counts);
  }

  /** Each learner's pre-test and best post-test score, for those who took both. */
  public String getGainChart() {
    var both = getReport().learners().stream().filter(l -> l.preTest() != null && l.postTest() != null).limit(30).toList();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("课前测(%)", both.stream().map(TrainingEvaluationReports.LearnerRow::preTest).toList());
    series.put("课后测(%)", both.stream().map(TrainingEvaluationReports.LearnerRow::postTest).toList());
    return TrainingCharts.bars(both.stream().map(TrainingEvaluationReports.LearnerRow::name).toList(), series, 100);
  }

  public boolean isGainShown() {
    return getReport().learners().stream().anyMatch(l -> l.preTest() != null && l.postTest() != null);
  }

  public String getUnitChart() {
    return TrainingReportsBacking.chart(getReport().byUnit());
  }

  public CourseReport getReport() {
    if (report == null) {
      load();
    }
    return report;
  }
  public Long getCourseId() { return courseId; }
  public void setCourseId(Long courseId) { this.courseId = courseId; }
}
