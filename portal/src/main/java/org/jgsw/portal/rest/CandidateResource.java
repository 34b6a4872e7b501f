package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.candidate.Candidate;
import org.jgsw.portal.candidate.CandidateImportReport;
import org.jgsw.portal.candidate.CandidateService;
import org.jgsw.portal.candidate.CandidateSpreadsheet;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.competency.Vocabulary;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.rest.dto.CandidateDto;
import org.jgsw.portal.rest.dto.CandidateImportDto;
import org.jgsw.portal.rest.dto.CandidateLevelDto;
import org.jgsw.portal.rest.dto.CandidateSummaryDto;

/** Candidates (候选人): personal data, HR only; every profile read is written to the audit log. */
@Path("candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR_NAME)
@Tag(name = "候选人")
public class CandidateResource {

  @Inject CandidateService candidates;
  @Inject WorkforceService workforce;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "候选人列表（不含个人详细信息）")
  public List<CandidateSummaryDto> list() {
    return candidates.all().stream()
        .map(c -> new CandidateSummaryDto(c.getId(), SubjectKind.CANDIDATE.key(c.getId()), c.getCandidateNo(), c.getName(),
            c.getChannel().name(), c.getTargetPostCode()))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "候选人档案：基本情况、成绩、各项能力的当前等级及佐证。每次查看都记入审计日志")
  public CandidateDto get(@PathParam("id") long id, @Context SecurityContext security) {
    Candidate c = candidates.view(security.getUserPrincipal().getName(), id, request.getRemoteAddr()).orElseThrow(NotFoundException::new);
    PersonCompetency profile = workforce.ofPerson(SubjectKind.CANDIDATE.key(id)).orElseThrow(NotFoundException::new);
    List<CandidateLevelDto> levels = profile.levels().entrySet().stream()
        .map(e -> new CandidateLevelDto(e.getKey().value(), e.getValue().value(), e.getValue().proven(),
            e.getValue().evidence().map(MatchingResource::evidence).orElse(null)))
        .toList();
    return new CandidateDto(c.getId(), SubjectKind.CANDIDATE.key(id), c.getCandidateNo(), c.getName(),
        c.getGender() == null ? null : c.getGender().name(), c.getBirthDate(), c.ageOn(LocalDate.now()), c.getEducation().name(), c.getMajor(),
        Vocabulary.zh(c.getMajorFamily()), Vocabulary.zh(c.getPoliticalStatus()), c.getYearsOfExperience(), c.getChannel().name(),
        c.getBackground(), c.getWrittenScore(), c.getInterviewScore(), c.getTargetPostCode(), levels);
  }

  @POST
  @Path("import")
  @Consumes({CandidateSpreadsheet.CONTENT_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "导入候选人：请求体为 .xlsx 文件本身。按报名编号新建或更新；有问题的行被拒绝并列出行号与原因，其余行照常导入；"
      + "“能力:编码”列作为测评佐证记录。文件本身无法使用时返回 400")
  public Response importCandidates(InputStream body, @Context SecurityContext security) throws IOException {
    byte[] content = body == null ? new byte[0] : body.readNBytes(CandidateSpreadsheet.MAX_BYTES + 1);
    CandidateImportReport report;
    try {
      report = candidates.importXlsx(security.getUserPrincipal().getName(), content);
    } catch (IllegalArgumentException e) {
      return ApiExceptionMappers.error(400, "import_unusable", e.getMessage());
    }
    List<CandidateImportDto.Problem> problems = report.problems().stream()
        .map(p -> new CandidateImportDto.Problem(p.row(), p.candidateNo(), p.messages())).toList();
    return Response.ok(new CandidateImportDto(report.created(), report.updated(), report.rejected(), problems),
        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  @GET
  @Path("template")
  @Produces({CandidateSpreadsheet.CONTENT_TYPE, MediaType.APPLICATION_JSON})
  @Operation(summary = "候选人导入模板 .xlsx")
  public Response template() {
    return Response.ok(candidates.template(), CandidateSpreadsheet.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"candidate-import-template.xlsx\"").build();
  }
}
