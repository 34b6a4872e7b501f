package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.portal.library.LibraryImport;
import org.jgsw.portal.library.LibraryImportReport;
import org.jgsw.portal.library.LibraryJsonLines;
import org.jgsw.portal.library.LibraryProblem;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.library.LibraryValidationException;
import org.jgsw.portal.links.CitingCourse;
import org.jgsw.portal.links.CitingCourses;
import org.jgsw.portal.links.CompetencyDocuments;
import org.jgsw.portal.rest.dto.CitingCourseDto;
import org.jgsw.portal.rest.dto.LibraryDocumentDto;
import org.jgsw.portal.rest.dto.LibraryErrorDto;
import org.jgsw.portal.rest.dto.LibraryFieldProblemDto;
import org.jgsw.portal.rest.dto.LibraryImportProblemDto;
import org.jgsw.portal.rest.dto.LibraryImportResultDto;
import org.jgsw.portal.rest.dto.LibraryLinkDto;

/** Library documents: read by every signed-in user; written (single or JSON Lines import) by LIBRARIAN. */
@Path("library")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "资料库")
public class LibraryResource {

  static final String NDJSON = "application/x-ndjson";

  @Inject LibraryService library;
  @Inject LibraryImport importer;
  @Inject CitingCourses citingCourses;
  @Inject CompetencyDocuments competencyDocuments;

  @GET
  @Path("documents/{id}")
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "一份资料：元数据、正文、代替与被代替关系；引用它的已发布课程（citedBy，含引用的课时）、"
      + "仍引用它所代替旧版本的课程（stillCitingReplaced）和关联的能力编码（competencies）")
  public LibraryDocumentDto document(@PathParam("id") long id) {
    return toDto(library.find(id).orElseThrow(NotFoundException::new));
  }

  @POST
  @Path("import")
  @Consumes({NDJSON, "application/jsonl", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  @RolesAllowed(Role.LIBRARIAN_NAME)
  @Operation(summary = "批量导入 JSON Lines（application/x-ndjson），每行一份资料：externalId, kind, title, number, issuer, region, "
      + "domains[], status, issuedOn, effectiveOn, tags[], summary, body（可选 repealedOn、replacedBy=被代替后新资料的 externalId）。"
      + "externalId 已存在则更新。返回新建、更新、拒绝数，以及每个被拒绝行的行号与原因；正确的行照常保存")
  public LibraryImportResultDto importLines(InputStream body, @Context SecurityContext security) throws IOException {
    LibraryImportReport report = importer.importJsonLines(security.getUserPrincipal().getName(),
        new InputStreamReader(body, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE);
    return new LibraryImportResultDto(report.created(), report.updated(), report.rejected(),
        report.problems().stream().map(p -> new LibraryImportProblemDto(p.line(), p.externalId(), p.message())).toList());
  }

  @POST
  @Path("documents")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.LIBRARIAN_NAME)
  @Operation(summary = "新建一份资料（字段同导入的一行）；可立即检索")
  public Response create(String json, @Context SecurityContext security) {
    LibraryDocument doc = library.save(security.getUserPrincipal().getName(), null, parse(json));
    return Response.status(201).entity(toDto(doc)).build();
  }

  @PUT
  @Path("documents/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.LIBRARIAN_NAME)
  @Operation(summary = "修改一份资料（整份替换，字段同导入的一行）")
  public LibraryDocumentDto update(@PathParam("id") long id, String json, @Context SecurityContext security) {
    library.find(id).orElseThrow(NotFoundException::new);
    return toDto(library.save(security.getUserPrincipal().getName(), id, parse(json)));
  }

  @PUT
  @Path("documents/{id}/competencies")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.LIBRARIAN_NAME)
  @Operation(summary = "设置资料关联的能力（能力词典中的编码数组，如 [\"GEN-LAW\"]，整体替换；空数组为取消全部关联）；未知编码返回 400")
  public LibraryDocumentDto linkCompetencies(@PathParam("id") long id, List<String> codes, @Context SecurityContext security) {
    library.find(id).orElseThrow(NotFoundException::new);
    return toDto(competencyDocuments.link(security.getUserPrincipal().getName(), id, codes == null ? List.of() : codes));
  }

  @DELETE
  @Path("documents/{id}")
  @RolesAllowed(Role.LIBRARIAN_NAME)
  @Operation(summary = "删除一份资料（编辑历史保留）")
  public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
    library.find(id).orElseThrow(NotFoundException::new);
    library.delete(security.getUserPrincipal().getName(), id);
    return Response.noContent().build();
  }

  private static org.jgsw.portal.library.DocumentInput parse(String json) {
    LibraryJsonLines.Parsed parsed = LibraryJsonLines.parse(json == null ? "" : json.strip());
    if (!parsed.ok()) {
      throw new LibraryValidationException(parsed.problems());
    }
    return parsed.input();
  }

  LibraryDocumentDto toDto(LibraryDocument d) {
    LibraryLinkDto replacedBy = d.getReplacedById() == null ? null : library.find(d.getReplacedById()).map(LibraryResource::link).orElse(null);
    List<LibraryLinkDto> replaces = library.replacedBy(d.getId()).stream().map(LibraryResource::link).toList();
    return new LibraryDocumentDto(d.getId(), d.getExternalId(), d.getKind().name(), d.getTitle(), d.getNumber(), d.getIssuer(), d.getRegion(),
        List.copyOf(d.getDomains()), d.getStatus().name(), d.getIssuedOn(), d.getEffectiveOn(), d.getRepealedOn(), replacedBy, replaces,
        List.copyOf(d.getTags()), d.getSummary(), d.getBody(), d.getFileName(), d.getFileSize(), d.getUpdatedAt(), d.getUpdatedBy(),
        citing(citingCourses.of(d)), citing(citingCourses.stillCitingReplaced(d.getId())), List.copyOf(d.getCompetencies()));
  }

  private static List<CitingCourseDto> citing(List<CitingCourse> courses) {
    return courses.stream().map(c -> new CitingCourseDto(c.courseId(), c.title(), c.version(), c.lessons(), c.documentId())).toList();
  }

  private static LibraryLinkDto link(LibraryDocument d) {
    return new LibraryLinkDto(d.getId(), d.getTitle(), d.getNumber(), d.getStatus().name());
  }

  /** A refused write: 400 with every problem, in Chinese. */
  @Provider
  public static class LibraryValidationMapper implements ExceptionMapper<LibraryValidationException> {
    @Override
    public Response toResponse(LibraryValidationException e) {
      List<LibraryFieldProblemDto> problems = e.problems().stream()
          .map((LibraryProblem p) -> new LibraryFieldProblemDto(p.field(), p.message(Locale.SIMPLIFIED_CHINESE))).toList();
      return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(new LibraryErrorDto(400, "validation_failed", e.message(Locale.SIMPLIFIED_CHINESE), problems)).build();
    }
  }
}
