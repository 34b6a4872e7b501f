package org.jgsw.portal.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jgsw.course.domain.TrainingReports;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.training.TrainingEvaluationReports;

/**
 * Excel export of the evaluation reports ({@code /training/export?report=courses|units|course|person&id=…}):
 * a plain GET so that a link on each report downloads its tables. TRAINING_ADMIN only — by the
 * {@code /training/*} constraint in web.xml, and checked again here.
 */
@WebServlet("/training/export")
public class TrainingReportExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject transient TrainingEvaluationReports reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!request.isUserInRole(Role.TRAINING_ADMIN_NAME)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String id = request.getParameter("id");
    Optional<List<ReportTable>> tables = switch (String.valueOf(request.getParameter("report"))) {
      case "courses" -> Optional.of(List.of(EvaluationTables.summaries("按课程", "课程", reports.byCourse())));
      case "units" -> Optional.of(List.of(EvaluationTables.summaries("按单位", "单位", reports.byUnit())));
      case "course" -> number(id).flatMap(reports::course).map(EvaluationTables::course);
      case "person" -> id == null ? Optional.empty() : reports.person(id).map(EvaluationTables::person);
      default -> Optional.empty();
    };
    if (tables.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] bytes = ReportTable.workbook(tables.get(), TrainingReports.FORMULAS);
    String name = "training-" + request.getParameter("report") + (id == null ? "" : "-" + id.replaceAll("[^A-Za-z0-9_-]", "")) + ".xlsx";
    response.setContentType(XLSX);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static Optional<Long> number(String id) {
    try {
      return id == null ? Optional.empty() : Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
