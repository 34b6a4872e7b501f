package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.competency.domain.FitFormula;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.competency.HardConditionTexts;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.ModelSummary;
import org.jgsw.portal.rest.dto.PostModelDto;
import org.jgsw.portal.rest.dto.PostModelRequirementDto;
import org.jgsw.portal.rest.dto.PostModelSummaryDto;

/** Post competency models (岗位胜任力模型), HR only: every version of every post. */
@Path("competency/models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HR_NAME)
@Tag(name = "能力模型")
public class PostModelResource {

  @Inject ModelCatalog catalog;

  @GET
  @Operation(summary = "所有岗位胜任力模型版本：id 形如 P-GWYC-DD@v2，post 为岗位编码，version 为版本号，status 为 DRAFT/PUBLISHED/ARCHIVED")
  public List<PostModelSummaryDto> list() {
    return catalog.allVersions().stream().map(PostModelResource::toDto).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一个模型版本：id 为 岗位编码@v版本号，或只写岗位编码表示当前使用（最新发布）的版本；含能力要求、硬性条件与匹配度公式")
  public PostModelDto get(@PathParam("id") String id) {
    PostModel m = resolve(catalog, id);
    ModelSummary s = catalog.summary(m);
    List<PostModelRequirementDto> requirements = m.requirements().stream()
        .map(r -> new PostModelRequirementDto(r.competency().value(), r.competencyName(), r.required().value(), r.weight(), r.mustHave()))
        .toList();
    return new PostModelDto(m.id().toString(), m.post().value(), s.postName(), m.version(), m.status().name(),
        m.basedOn().map(PostModelId::toString).orElse(null), m.overQualificationCompensates(), requirements, HardConditionTexts.of(m.hardConditions()),
        FitFormula.statementFor(m));
  }

  /** A model by {@code POST@vN}, or a post code meaning its current version; 404 otherwise. */
  static PostModel resolve(ModelCatalog catalog, String id) {
    Optional<PostModel> m;
    try {
      m = id.contains("@v") ? catalog.find(PostModelId.parse(id)) : catalog.currentOf(id);
    } catch (IllegalArgumentException e) {
      m = Optional.empty();
    }
    return m.orElseThrow(NotFoundException::new);
  }

  static PostModelSummaryDto toDto(ModelSummary s) {
    return new PostModelSummaryDto(s.id(), s.postCode(), s.postName(), s.unitName(), s.version(), s.status().name(), s.requirements(),
        s.mustHaves(), s.basedOn());
  }
}
