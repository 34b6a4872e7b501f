package org.jgsw.portal.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgsw.course.domain.PlanIndicator;
import org.jgsw.portal.training.LearningOverview;
import org.jgsw.portal.training.LearningOverview.PlanReport;
import org.jgsw.portal.training.LearningOverview.ProgressRow;
import org.jgsw.portal.training.TrainingEvaluationReports;
import org.jgsw.portal.training.TrainingEvaluationReports.SummaryRow;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * training/plan.xhtml: a plan's completion in total, by unit (with a chart) and by course, per person,
 * its L1–L3 evaluation row and L4 indicators, with an Excel export of all of them.
 */
@Named
@ViewScoped
public class TrainingPlanReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LearningOverview overview;
  @Inject transient TrainingEvaluationReports evaluation;

  private Long planId;
  private transient PlanReport report;
  private transient SummaryRow evaluationRow;

  public void load() {
    report = planId == null ? null : overview.planReport(planId).orElse(null);
  }

  public PlanReport getReport() {
    if (report == null && planId != null) {
      load();
    }
    return report;
  }

  /** L1–L3 of the plan's people in its courses, with the plan's completion (TrainingEvaluationReports). */
  public SummaryRow getEvaluation() {
    if (evaluationRow == null && planId != null) {
      evaluationRow = evaluation.plan(planId);
    }
    return evaluationRow;
  }

  /** Completion rate by unit, for the chart above the table. */
  public String getUnitChart() {
    List<ProgressRow> rows = getReport().byUnit().stream()
        .sorted(Comparator.comparingLong((ProgressRow r) -> -r.assigned())).limit(12).toList();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("完成率(%)", rows.stream().map(ProgressRow::completionPercent).toList());
    return TrainingCharts.bars(rows.stream().map(ProgressRow::name).toList(), series, 100);
  }

  public StreamedContent getExcel() {
    PlanReport r = getReport();
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet units = wb.createSheet("按单位");
      header(units, "单位", "指派", "已完成", "学习中", "已逾期", "完成率(%)");
      int i = 1;
      for (ProgressRow row : r.byUnit()) {
        progress(units.createRow(i++), row);
      }
      progress(units.createRow(i), r.total());
      Sheet courses = wb.createSheet("按课程");
      header(courses, "课程", "指派", "已完成", "学习中", "已逾期", "完成率(%)");
      i = 1;
      for (ProgressRow row : r.byCourse()) {
        progress(courses.createRow(i++), row);
      }
      Sheet people = wb.createSheet("人员明细");
      header(people, "工号", "姓名", "单位", "课程", "截止日期", "状态");
      i = 1;
      for (LearningOverview.PersonRow p : r.people()) {
        Row row = people.createRow(i++);
        row.createCell(0).setCellValue(p.staffNo());
        row.createCell(1).setCellValue(p.name());
        row.createCell(2).setCellValue(p.unit());
        row.createCell(3).setCellValue(p.course());
        row.createCell(4).setCellValue(p.deadline().toString());
        row.createCell(5).setCellValue(p.status().label());
      }
      EvaluationTables.summaries("效果评价", "培训计划", List.of(getEvaluation())).writeTo(wb);
      Sheet l4 = wb.createSheet("四级指标");
      header(l4, "指标", "单位", "培训前", "培训后", "变化", "方向", "是否改善");
      i = 1;
      for (PlanIndicator ind : r.plan().indicators()) {
        Row row = l4.createRow(i++);
        row.createCell(0).setCellValue(ind.name());
        row.createCell(1).setCellValue(ind.unitOfMeasure());
        row.createCell(2).setCellValue(ind.before().doubleValue());
        row.createCell(3).setCellValue(ind.after() == null ? "—" : ind.after().toPlainString());
        row.createCell(4).setCellValue(ind.change().map(BigDecimal::toPlainString).orElse("—"));
        row.createCell(5).setCellValue(ind.higherIsBetter() ? "越高越好" : "越低越好");
        row.createCell(6).setCellValue(ind.improved().map(b -> b ? "是" : "否").orElse("—"));
      }
      wb.write(out);
      byte[] bytes = out.toByteArray();
      return DefaultStreamedContent.builder()
          .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .name("plan-" + planId + "-progress.xlsx").stream(() -> new ByteArrayInputStream(bytes)).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Sheet sheet, String... names) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }

  private static void progress(Row row, ProgressRow p) {
    row.createCell(0).setCellValue(p.name());
    row.createCell(1).setCellValue(p.assigned());
    row.createCell(2).setCellValue(p.completed());
    row.createCell(3).setCellValue(p.inProgress());
    row.createCell(4).setCellValue(p.overdue());
    row.createCell(5).setCellValue(p.completionPercent().doubleValue());
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }
}
