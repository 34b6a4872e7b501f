package org.jgsw.portal.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.portal.training.TrainingEvaluationReports;
import org.jgsw.portal.training.TrainingEvaluationReports.PersonCourse;
import org.jgsw.portal.training.TrainingEvaluationReports.PersonReport;

/** training/person-report.xhtml?person=…: one person's assignments, completions, scores, credit hours and evaluations. */
@Named
@ViewScoped
public class PersonReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainingEvaluationReports reports;

  private String staffNo;
  private transient PersonReport report;

  /** f:viewAction. */
  public void load() {
    report = staffNo == null || staffNo.isBlank() ? null : reports.person(staffNo.strip()).orElse(null);
  }

  /** Pre-test against best post-test per course the person took both of. */
  public String getScoreChart() {
    List<PersonCourse> scored = getReport().courses().stream().filter(c -> c.postTest() != null).toList();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("课前测(%)", scored.stream().map(PersonCourse::preTest).toList());
    series.put("课后测最高(%)", scored.stream().map(PersonCourse::postTest).toList());
    return TrainingCharts.bars(scored.stream().map(PersonCourse::course).toList(), series, 100);
  }

  public boolean isScoreShown() {
    return getReport().courses().stream().anyMatch(c -> c.postTest() != null);
  }

  public PersonReport getReport() {
    if (report == null) {
      load();
    }
    return report;
  }
  public String getStaffNo() { return staffNo; }
  public void setStaffNo(String staffNo) { this.staffNo = staffNo; }
}
