package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.rest.dto.PlanDto;
import org.jgsw.portal.rest.dto.PlanProgressDto;
import org.jgsw.portal.training.JpaTrainingPlanRepository;
import org.jgsw.portal.training.LearningOverview;

/** Training plans and their completion, for training administrators. */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans", description = "培训计划与完成情况")
public class PlanResource {

  @Inject LearningOverview overview;
  @Inject JpaTrainingPlanRepository plans;

  @GET
  @RolesAllowed({Role.TRAINING_ADMIN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Every training plan, newest first")
  public List<PlanDto> plans() {
    return plans.findAll().stream().map(p -> new PlanDto(p.id().value(), p.name(), p.kind().name(), p.status().name(),
        p.period().start(), p.period().end(), p.publishedOn().orElse(null), p.target().describe())).toList();
  }

  @GET
  @Path("{id}/progress")
  @RolesAllowed({Role.TRAINING_ADMIN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Completion of a plan: assigned, completed, in progress, overdue and completion rate, in total, by unit and by course")
  public PlanProgressDto progress(@PathParam("id") long id) {
    var report = overview.planProgress(id).orElseThrow(() -> new NotFoundException("没有培训计划 " + id));
    var p = report.plan();
    return new PlanProgressDto(p.id().value(), p.name(), p.kind().name(), p.status().name(), row(report.total()),
        report.byUnit().stream().map(PlanResource::row).toList(), report.byCourse().stream().map(PlanResource::row).toList());
  }

  private static PlanProgressDto.Row row(LearningOverview.ProgressRow r) {
    return new PlanProgressDto.Row(r.name(), r.assigned(), r.completed(), r.inProgress(), r.overdue(), r.completionPercent());
  }
}
