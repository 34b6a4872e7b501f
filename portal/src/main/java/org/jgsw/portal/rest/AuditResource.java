package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.audit.AuditEntry;
import org.jgsw.portal.audit.AuditLog;
import org.jgsw.portal.rest.dto.AuditEntryDto;
import org.jgsw.portal.rest.dto.AuditPageDto;

/** The audit log for administrators, newest first. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

  @Inject AuditLog audit;

  @GET
  @Operation(summary = "审计日志，最新在前；q 按操作人、动作、对象或详情筛选（page 从 0 开始）")
  public AuditPageDto find(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
    AdminUserResource.checkPaging(page, size);
    List<AuditEntryDto> items = audit.find(q, page * size, size).stream().map(AuditResource::toDto).toList();
    return new AuditPageDto(items, audit.count(q), page, size);
  }

  static AuditEntryDto toDto(AuditEntry e) {
    return new AuditEntryDto(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(), e.getTargetId(), e.getDetail(), e.getRemoteAddr());
  }
}
