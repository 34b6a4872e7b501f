package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.competency.domain.TalentTier;
import org.jgsw.competency.domain.TierPlacement;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.competency.WorkforceStructure;

/** Workforce structure and talent pipeline (队伍结构与人才梯队), HR only. */
@Path("workforce")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR_NAME)
@Tag(name = "队伍结构")
public class WorkforceResource {

  @Inject WorkforceService workforce;

  @GET
  @Path("structure")
  @Operation(summary = "单位（含下级）的队伍结构：年龄（含 35 岁以下年轻干部占比）、学历、专业类别、进入渠道分布，常见能力差距，下级单位（下钻）。unit 为单位 id，缺省为全省")
  public WorkforceStructure structure(@QueryParam("unit") Long unit) {
    return workforce.structure(unit);
  }

  @GET
  @Path("pipeline")
  @Operation(summary = "人才梯队：按对上一级岗位的匹配度分为可立即胜任 / 1–2 年内可胜任 / 培养中")
  public Map<String, List<TierPlacement>> pipeline(@QueryParam("unit") Long unit) {
    Map<String, List<TierPlacement>> map = new LinkedHashMap<>();
    workforce.pipeline(unit).forEach((tier, list) -> map.put(tier.name(), list));
    return map;
  }
}
