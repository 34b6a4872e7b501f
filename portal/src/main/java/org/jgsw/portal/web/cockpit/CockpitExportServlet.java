package org.jgsw.portal.web.cockpit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.cockpit.Cockpit;
import org.jgsw.portal.cockpit.CockpitService;
import org.jgsw.portal.web.training.ReportTable;

/**
 * Excel export of every cockpit table of a unit ({@code /cockpit/export?unit=…}): a plain GET so the
 * page links to it. The {@code /cockpit/*} constraint in web.xml admits the roles; the service
 * decides the units the user may see (403 outside them, 404 for no such unit).
 */
@WebServlet("/cockpit/export")
public class CockpitExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject transient CockpitService service;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Cockpit> cockpit;
    try {
      String unit = request.getParameter("unit");
      cockpit = service.cockpit(unit == null || unit.isBlank() ? null : Long.valueOf(unit.strip()), request.getRemoteUser(),
          request.isUserInRole(Role.ADMIN_NAME));
    } catch (NumberFormatException e) {
      cockpit = Optional.empty();
    } catch (CockpitService.OutOfScope e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (cockpit.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] bytes = ReportTable.workbook(CockpitTables.of(cockpit.get()), cockpit.get().formulas());
    response.setContentType(XLSX);
    response.setHeader("Content-Disposition", "attachment; filename=\"cockpit-" + cockpit.get().unit().code().replaceAll("[^A-Za-z0-9_-]", "")
        + ".xlsx\"");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
