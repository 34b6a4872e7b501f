package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.RequirementFit;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.competency.AgeBand;
import org.jgsw.portal.competency.MatchFilter;
import org.jgsw.portal.competency.MatchResult;
import org.jgsw.portal.competency.MatchingService;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
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

  static final int MAX_LIMIT = 1000;

  @Inject MatchingService matching;
  @Inject ModelCatalog catalog;

  @GET
  @Path("{modelId}")
  @Operation(summary = "按岗位胜任力模型排序：modelId 为 岗位编码@v版本号 或岗位编码（当前版本）；people=candidates（默认）或 staff；"
      + "channel 为进入渠道（SELECTED_GRADUATE 等）；unit 为单位 id（含下级）；ageBand 为 UNDER_35/FROM_35_TO_44/FROM_45_TO_54/FROM_55；"
      + "education 为学历；ineligible 也最多列出 limit 人（总数见 ineligibleCount）；appliedOnly=true（默认）时只匹配报考该岗位的候选人；limit 为排名人数（1–1000，默认 50）。ranked 按匹配度从高到低，每人附逐项明细；不符合门槛或硬性条件者列入 ineligible 并说明原因")
  public MatchingRankingDto rank(
      @PathParam("modelId") String modelId,
      @QueryParam("people") @DefaultValue("candidates") String people,
      @QueryParam("channel") String channel,
      @QueryParam("unit") Long unit,
      @QueryParam("ageBand") String ageBand,
      @QueryParam("education") String education,
      @QueryParam("appliedOnly") @DefaultValue("true") boolean appliedOnly,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("limit 应在 1 到 " + MAX_LIMIT + " 之间");
    }
    SubjectKind kind = switch (people.toLowerCase(Locale.ROOT)) {
      case "candidates" -> SubjectKind.CANDIDATE;
      case "staff" -> SubjectKind.STAFF;
      default -> throw new BadRequestException("people 应为 candidates 或 staff");
    };
    PostModel model = PostModelResource.resolve(catalog, modelId);
    MatchFilter filter = new MatchFilter(kind, parse(EntryChannel.class, channel, "channel"), unit, parse(AgeBand.class, ageBand, "ageBand"),
        parse(Education.class, education, "education"), appliedOnly && kind == SubjectKind.CANDIDATE ? model.post().value() : null);
    MatchResult result = matching.rank(model.id(), filter, limit);
    List<MatchingRankedDto> ranked = result.ranking().ranked().stream()
        .map(r -> new MatchingRankedDto(r.rank(), r.result().personId(), r.result().name(), r.result().channel(), r.result().fit(),
            r.result().unprovenCount(), breakdown(r.result())))
        .toList();
    List<MatchingIneligibleDto> ineligible = result.ranking().ineligible().stream().limit(limit)
        .map(i -> new MatchingIneligibleDto(i.personId(), i.name(), i.channel(), i.reasons())).toList();
    return new MatchingRankingDto(model.id().toString(), model.post().value(), model.version(), result.ranking().formula(),
        result.ranking().evaluatedCount(), result.ranking().eligibleCount(), result.ranking().ineligible().size(), result.millis(), result.statements(), ranked, ineligible);
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

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name + " 的值无效：" + value);
    }
  }
}
