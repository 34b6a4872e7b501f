package org.jgsw.portal.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.portal.training.TrainingEvaluationReports;
import org.jgsw.portal.training.TrainingEvaluationReports.SummaryRow;

/**
 * training/reports.xhtml: the training-effect reports across all plans — by course and by unit, with
 * charts and Excel export — and a search for a person's report.
 */
@Named
@ViewScoped
public class TrainingReportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  /** The charts show the courses and units with most assignments; the tables show all. */
  private static final int CHART_BARS = 12;

  @Inject transient TrainingEvaluationReports reports;

  private transient List<SummaryRow> courses;
  private transient List<SummaryRow> units;
  private String personQuery;
  private List<TrainingEvaluationReports.PersonHit> people = List.of();

  public void searchPeople() {
    people = personQuery == null || personQuery.isBlank() ? List.of() : reports.findPeople(personQuery, 20);
  }

  public String getCourseChart() {
    return chart(getCourses());
  }

  public String getUnitChart() {
    return chart(getUnits());
  }

  static String chart(List<SummaryRow> rows) {
    List<SummaryRow> top = rows.stream().filter(r -> r.summary().assigned() > 0 || r.people() > 0)
        .sorted(java.util.Comparator.comparingLong((SummaryRow r) -> -r.summary().assigned())).limit(CHART_BARS).toList();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("完成率(%)", top.stream().map(r -> r.summary().assigned() == 0 ? null : r.summary().completionPercent()).toList());
    series.put("二级通过率(%)", top.stream().map(r -> r.summary().l2PassPercent()).toList());
    return TrainingCharts.bars(top.stream().map(SummaryRow::name).toList(), series, 100);
  }

  public String getFormulas() {
    return TrainingReports.FORMULAS;
  }

  public List<SummaryRow> getCourses() {
    loadTables();
    return courses;
  }

  public List<SummaryRow> getUnits() {
    loadTables();
    return units;
  }

  private void loadTables() {
    if (courses == null || units == null) {
      TrainingEvaluationReports.Overview o = reports.overview();
      courses = o.byCourse();
      units = o.byUnit();
    }
  }
  public String getPersonQuery() { return personQuery; }
  public void setPersonQuery(String personQuery) { this.personQuery = personQuery; }
  public List<TrainingEvaluationReports.PersonHit> getPeople() { return people; }
}
