package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.RequirementFit;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.competency.FitReport;
import org.jgsw.portal.competency.MatchResult;
import org.jgsw.portal.competency.MatchingPdf;
import org.jgsw.portal.competency.MatchingService;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.rest.dto.MatchingBreakdownDto;
import org.jgsw.portal.rest.dto.MatchingEvidenceDto;
import org.jgsw.portal.rest.dto.MatchingIneligibleDto;
import org.jgsw.portal.rest.dto.MatchingRankedDto;
import org.jgsw.portal.rest.dto.MatchingRankingDto;

/** Explainable ranking of candidates or staff against a post model (人岗匹配), HR only. */
@Path("matching")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR_NAME)
@Tag(name = "人才匹配")
public class MatchingResource {

  @Inject MatchingService matching;
  @Inject ModelCatalog catalog;
  @Inject MatchingPdf pdf;

  @GET
  @Path("{modelId}")
  @Operation(summary = "按岗位胜任力模型排序：modelId 为 岗位编码@v版本号 或岗位编码（当前版本）；people=candidates（默认）或 staff；"
      + "channel 为进入渠道（SELECTED_GRADUATE 等）；unit 为单位 id（含下级）；ageBand 为 UNDER_35/FROM_35_TO_44/FROM_45_TO_54/FROM_55；"
      + "education 为学历；ineligible 也最多列出 limit 人（总数见 ineligibleCount）；appliedOnly=true（默认）时只匹配报考该岗位的候选人；limit 为排名人数（1–1000，默认 50）。ranked 按匹配度从高到低，每人附逐项明细；不符合门槛或硬性条件者列入 ineligible 并说明原因")
  public MatchingRankingDto rank(
      @PathParam("modelId") String modelId,
      @BeanParam RankingParams params) {
    PostModel model = PostModelResource.resolve(catalog, modelId);
    MatchResult result = matching.rank(model, params.filter(model), params.limit(), params.limit());
    List<MatchingRankedDto> ranked = result.ranking().ranked().stream()
        .map(r -> new MatchingRankedDto(r.rank(), r.result().personId(), r.result().name(), r.result().channel(), r.result().fit(),
            r.result().unprovenCount(), breakdown(r.result())))
        .toList();
    List<MatchingIneligibleDto> ineligible = result.ranking().ineligible().stream()
        .map(i -> new MatchingIneligibleDto(i.personId(), i.name(), i.channel(), i.reasons())).toList();
    // the model read by resolve() is one more statement than the service counts
    return new MatchingRankingDto(model.id().toString(), model.post().value(), model.version(), result.ranking().formula(),
        result.ranking().evaluatedCount(), result.ranking().eligibleCount(), result.ranking().ineligibleCount(), result.millis(),
        result.statements() + 1, ranked, ineligible);
  }

  @GET
  @Path("{modelId}/ranking.pdf")
  @Produces(MatchingPdf.CONTENT_TYPE)
  @Operation(summary = "排名导出为 PDF（模型、公式、排名与未达要求的能力、不符合条件者及原因）；参数同排名接口；服务器没有中文字体时返回 503")
  public Response rankingPdf(
      @PathParam("modelId") String modelId,
      @BeanParam RankingParams params,
      @Context SecurityContext security) {
    requirePdf();
    PostModel model = PostModelResource.resolve(catalog, modelId);
    MatchResult result = matching.rank(model, params.filter(model), params.limit(), params.limit());
    byte[] pdf = this.pdf.ranking(result, catalog.summary(model).postName(), security.getUserPrincipal().getName());
    return download(pdf, "ranking-" + model.id().toString().replace('@', '-') + ".pdf");
  }

  @GET
  @Path("{modelId}/people/{personId}/report.pdf")
  @Produces(MatchingPdf.CONTENT_TYPE)
  @Operation(summary = "某人对照岗位胜任力模型的匹配报告 PDF（逐项要求等级、实际等级、权重、得失分、佐证，公式与不符合条件的原因）；"
      + "personId 为 S…（在职人员）或 C…（候选人，查看记入审计日志）")
  public Response reportPdf(@PathParam("modelId") String modelId, @PathParam("personId") String personId,
      @Context SecurityContext security, @Context HttpServletRequest request) {
    requirePdf();
    PostModel model = PostModelResource.resolve(catalog, modelId);
    try {
      SubjectKind.idOf(personId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    FitReport report = matching.report(security.getUserPrincipal().getName(), model, personId, request.getRemoteAddr())
        .orElseThrow(NotFoundException::new);
    byte[] pdf = this.pdf.fitReport(report.fit(), model, catalog.summary(model).postName(), report.person(), security.getUserPrincipal().getName());
    return download(pdf, "fit-report-" + personId + "-" + model.id().toString().replace('@', '-') + ".pdf");
  }

  private void requirePdf() {
    if (!pdf.isAvailable()) {
      throw new ServiceUnavailableException("服务器没有可用的中文字体（portal.certificate.font），无法生成 PDF");
    }
  }

  private static Response download(byte[] bytes, String fileName) {
    return Response.ok(bytes, MatchingPdf.CONTENT_TYPE).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
  }

  static List<MatchingBreakdownDto> breakdown(FitResult fit) {
    return fit.breakdown().stream().map(MatchingResource::row).toList();
  }

  private static MatchingBreakdownDto row(RequirementFit f) {
    return new MatchingBreakdownDto(f.competency().value(), f.name(), f.required(), f.assessed(), f.weight(), f.mustHave(),
        f.pointsGained() - f.pointsLost(), f.pointsLost(), f.pointsGained(), f.proven(), f.missing(), f.evidence().map(MatchingResource::evidence).orElse(null));
  }

  static MatchingEvidenceDto evidence(Evidence e) {
    return new MatchingEvidenceDto(e.source().name(), e.source().label(), e.level().value(), e.date(), e.recordedBy(), e.detail());
  }
}
