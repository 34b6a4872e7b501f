package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.cockpit.Cockpit;
import org.jgsw.portal.cockpit.CockpitService;

/** The cockpit's figures as JSON: the same as the page at /cockpit/index.xhtml. */
@Path("cockpit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "驾驶舱", description = "按单位汇总的培训、能力、队伍结构与资料库指标")
public class CockpitResource {

  @Inject CockpitService cockpit;

  @GET
  @RolesAllowed({Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "A unit's cockpit (驾驶舱), rolled up over the unit and everything below it: this year's completion, overdue, "
      + "online credit hours against the yearly requirement and L1–L3 per unit directly below; the largest competency gaps and their "
      + "movement over the last 4 quarters; the workforce structure; the most searched library terms and those without result "
      + "(last 90 days); the unit's own people. Each figure equals the detailed report named in `formulas`.")
  @APIResponse(responseCode = "200", description = "the cockpit")
  @APIResponse(responseCode = "403", description = "the unit lies outside the caller's bureau, or the caller lacks the role")
  @APIResponse(responseCode = "404", description = "no such unit")
  public Cockpit get(@Parameter(description = "unit id; default the top unit the caller may see") @QueryParam("unit") Long unit,
      @Context SecurityContext security) {
    try {
      return cockpit.cockpit(unit, security.getUserPrincipal().getName(), security.isUserInRole(Role.ADMIN_NAME))
          .orElseThrow(() -> new NotFoundException("没有单位 " + unit));
    } catch (CockpitService.OutOfScope e) {
      throw new ForbiddenException(e.getMessage());
    }
  }
}
