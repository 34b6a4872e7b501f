package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.rest.dto.UnitDto;

/** The unit tree as a flat list in tree order; {@code parentId} links a unit to the one above it. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

  @Inject OrganisationService organisation;

  @GET
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "全部单位（含已停用），按树的顺序排列")
  public List<UnitDto> units() {
    return organisation.allUnits().stream().map(UnitResource::toDto).toList();
  }

  static UnitDto toDto(Unit u) {
    return new UnitDto(u.getId(), u.getCode(), u.getName(), u.getKind().name(), u.getParent() == null ? null : u.getParent().getId(), u.isActive());
  }
}
