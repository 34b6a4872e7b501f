package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.common.BusinessRuleException;
import org.jgsw.portal.organisation.ImportReport;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.organisation.PersonQuery;
import org.jgsw.portal.organisation.PersonSpreadsheet;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.rest.dto.ImportProblemDto;
import org.jgsw.portal.rest.dto.ImportResultDto;
import org.jgsw.portal.rest.dto.PersonDto;
import org.jgsw.portal.rest.dto.PersonPageDto;

/**
 * People: the searchable list for HR and administrators ({@code /api/people}), and for
 * administrators the Excel import, export and template ({@code /api/admin/people/…}, in {@link
 * Admin}). Personal data, so never open to every signed-in user.
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class PeopleResource {

  /** Sort keys of {@code sort}; a leading "-" or a ",desc" suffix sorts descending. */
  static final Set<String> SORT_FIELDS = Set.of("staffNo", "name", "age", "birthDate", "hireDate", "education", "major", "unit");

  @Inject OrganisationService organisation;

  @GET
  @Operation(summary = "搜索人员：q 匹配姓名、工号或专业；unit 为单位 id 或编码（含其下属处室）；activeOnly=true 只列在职（有效）人员；"
      + "page 从 0 开始；sort 如 name、-age、unit,desc")
  public PersonPageDto search(
      @QueryParam("q") String q,
      @QueryParam("unit") String unit,
      @QueryParam("activeOnly") @DefaultValue("false") boolean activeOnly,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("sort") String sort) {
    AdminUserResource.checkPaging(page, size);
    PersonQuery query = query(organisation, q, unit, activeOnly, sort);
    LocalDate today = LocalDate.now();
    List<PersonDto> items = organisation.searchPeople(query, page * size, size).stream().map(p -> toDto(p, today)).toList();
    return new PersonPageDto(organisation.countPeople(query), page, size, items);
  }

  /** The query of the list and the export; an unknown sort key or unit is a bad request. */
  static PersonQuery query(OrganisationService organisation, String q, String unit, boolean activeOnly, String sort) {
    String field = "staffNo";
    boolean ascending = true;
    if (sort != null && !sort.isBlank()) {
      String s = sort.strip();
      if (s.startsWith("-")) {
        ascending = false;
        s = s.substring(1);
      } else if (s.startsWith("+")) {
        s = s.substring(1);
      }
      int comma = s.indexOf(',');
      if (comma >= 0) {
        String direction = s.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
          throw new BadRequestException(RestTexts.text("api.people.sort.invalid", sort, String.join(", ", SORT_FIELDS)));
        }
        ascending = direction.equals("asc");
        s = s.substring(0, comma).strip();
      }
      if (!SORT_FIELDS.contains(s)) {
        throw new BadRequestException(RestTexts.text("api.people.sort.invalid", sort, String.join(", ", SORT_FIELDS)));
      }
      field = s;
    }
    return new PersonQuery(q, unitId(organisation, unit), !activeOnly, field, ascending);
  }

  /** A unit given by id or by code; an unknown one is an error rather than an empty list. */
  private static Long unitId(OrganisationService organisation, String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    String u = unit.strip();
    Optional<Unit> found = u.chars().allMatch(Character::isDigit) && u.length() < 19
        ? organisation.findUnit(Long.parseLong(u))
        : organisation.findUnitByCode(u);
    return found.map(Unit::getId).orElseThrow(() -> new BadRequestException(RestTexts.text("api.people.unit.unknown", u)));
  }

  static PersonDto toDto(Person p, LocalDate today) {
    return new PersonDto(
        p.getId(), p.getStaffNo(), p.getName(), name(p.getGender()), p.getBirthDate(), p.ageOn(today), name(p.getEducation()), p.getMajor(),
        p.getUnit().getId(), p.getUnit().getName(),
        p.getPost() == null ? null : p.getPost().getId(), p.getPost() == null ? null : p.getPost().getName(),
        name(p.getRank()), name(p.getEntryChannel()), p.isActive());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** Excel import, export and template of people; administrators only. */
  @Path("admin/people")
  @RolesAllowed(Role.ADMIN_NAME)
  public static class Admin {

    private static final String XLSX = PersonSpreadsheet.CONTENT_TYPE;

    @Inject OrganisationService organisation;

    @POST
    @Path("import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "导入人员：请求体为 .xlsx 文件本身。按工号新建或更新；有问题的行被拒绝并列出行号与原因，其余行照常导入。"
        + "文件本身无法使用（不是 .xlsx、超过 5 MB、缺少必填列）时返回 400")
    public Response importPeople(InputStream body, @Context SecurityContext security) throws IOException {
      byte[] content = body == null ? new byte[0] : body.readNBytes(PersonSpreadsheet.MAX_BYTES + 1);
      ImportReport report;
      try {
        report = organisation.importPeople(security.getUserPrincipal().getName(), content);
      } catch (BusinessRuleException e) {
        // the file as a whole cannot be used: the client sent a bad request
        return ApiExceptionMappers.error(400, e.getMessageKey(), RestTexts.text(e.getMessageKey(), e.getArguments()));
      }
      List<ImportProblemDto> problems = report.problems().stream()
          .map(p -> new ImportProblemDto(p.row(), p.staffNo(), p.messages(Locale.SIMPLIFIED_CHINESE)))
          .toList();
      return Response.ok(new ImportResultDto(report.created(), report.updated(), report.rejected(), problems), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("export")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "导出人员为 .xlsx（与导入格式相同，可修改后重新导入）；q、unit、activeOnly 同人员搜索")
    public Response export(
        @QueryParam("q") String q,
        @QueryParam("unit") String unit,
        @QueryParam("activeOnly") @DefaultValue("false") boolean activeOnly,
        @Context SecurityContext security) {
      PersonQuery query = PeopleResource.query(organisation, q, unit, activeOnly, null);
      byte[] xlsx = organisation.exportPeople(security.getUserPrincipal().getName(), query);
      return file(xlsx, "people-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx",
          "人员名单-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
    }

    @GET
    @Path("template")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "人员导入模板 .xlsx：表头、一行示例，以及列出可选值、单位和岗位编码的“说明”页")
    public Response template() {
      return file(organisation.peopleTemplate(), "people-import-template.xlsx", "人员导入模板.xlsx");
    }

    private static Response file(byte[] content, String asciiName, String chineseName) {
      String encoded = URLEncoder.encode(chineseName, StandardCharsets.UTF_8).replace("+", "%20");
      return Response.ok(content, XLSX)
          .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded)
          .build();
    }
  }
}
