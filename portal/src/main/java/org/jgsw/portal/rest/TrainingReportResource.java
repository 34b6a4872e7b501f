package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.rest.dto.UnitCompletionDto;
import org.jgsw.portal.training.UnitCompletionReport;

/** Training reports over the organisation, for training administrators. */
@Path("training/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans", description = "培训计划与完成情况")
public class TrainingReportResource {

  @Inject UnitCompletionReport report;
  @Inject Clock clock;

  @GET
  @Path("units")
  @RolesAllowed({Role.TRAINING_ADMIN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Completion by unit of the plans of a year (default this year) for a unit (default the province) and each unit "
      + "directly below it, rolled up over their subtrees: assigned, completed, in progress, not started, overdue, completion rate")
  public UnitCompletionDto units(@QueryParam("unit") String unit, @QueryParam("year") Integer year) {
    long start = System.nanoTime();
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    if (y < 2000 || y > 2100) {
      throw new BadRequestException("年度应在 2000–2100 之间：" + y);
    }
    var r = report.report(unit, y).orElseThrow(() -> new NotFoundException("没有单位 " + unit));
    return new UnitCompletionDto(r.year(), row(r.unit()), r.children().stream().map(TrainingReportResource::row).toList(),
        r.path().stream().map(p -> new UnitCompletionDto.UnitRef(p.code(), p.name())).toList(), r.formulas(),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static UnitCompletionDto.Row row(UnitCompletionReport.Row r) {
    var c = r.counts();
    return new UnitCompletionDto.Row(r.code(), r.name(), r.kind(), c.assigned(), c.completed(), c.inProgress(), c.notStarted(), c.overdue(),
        c.completionPercent(), r.hasChildren(), r.ownPeopleOnly());
  }
}
