package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.library.LibraryIndexing;
import org.jgsw.portal.rest.dto.LibraryReindexDto;

/**
 * The rebuild of the library index from the database that 系统管理 → 重建检索索引 starts, for
 * scripts: after a bulk import an administrator rebuilds once, which also merges the index into one
 * segment (searches stay available throughout).
 */
@Path("library/reindex")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "资料库维护")
@RolesAllowed(Role.ADMIN_NAME)
public class LibraryReindexResource {

  @Inject LibraryIndexing indexing;

  @POST
  @Operation(summary = "在后台从数据库重建检索索引（检索不中断）；已在重建时返回 409")
  public Response start(@Context SecurityContext security) {
    boolean started = indexing.startRebuild(security.getUserPrincipal().getName());
    return Response.status(started ? Response.Status.ACCEPTED : Response.Status.CONFLICT).entity(state()).build();
  }

  @GET
  @Operation(summary = "重建进度：running, done, total, percent, indexed, removed, tookMs, error")
  public LibraryReindexDto state() {
    LibraryIndexing.RebuildState s = indexing.rebuildState();
    return new LibraryReindexDto(s.running(), s.done(), s.total(), s.percent(),
        s.result() == null ? null : s.result().indexed(), s.result() == null ? null : s.result().removed(),
        s.result() == null ? null : s.result().tookMs(), s.error());
  }
}
