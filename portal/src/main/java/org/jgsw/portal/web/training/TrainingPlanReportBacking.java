package org.jgsw.portal.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgsw.portal.training.LearningOverview;
import org.jgsw.portal.training.LearningOverview.PlanReport;
import org.jgsw.portal.training.LearningOverview.ProgressRow;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** training/plan.xhtml: a plan's completion in total, by unit and by course, per person, with an Excel export. */
@Named
@ViewScoped
public class TrainingPlanReportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LearningOverview overview;

  private Long planId;
  private transient PlanReport report;

  public void load() {
    report = planId == null ? null : overview.planReport(planId).orElse(null);
  }

  public PlanReport getReport() {
    if (report == null && planId != null) {
      load();
    }
    return report;
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
