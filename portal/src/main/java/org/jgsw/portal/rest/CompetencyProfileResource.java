package org.jgsw.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.competency.domain.Gap;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.WorkforceService;

/** The caller's own competency gaps against their post model; every signed-in user, only their own. */
@Path("competency/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "能力模型")
public class CompetencyProfileResource {

  @Inject WorkforceService workforce;

  @GET
  @Operation(summary = "本人对照所在岗位胜任力模型的能力差距（只能查看自己的）")
  public Map<String, Object> mine(@Context SecurityContext security) {
    PersonCompetency me = workforce.ofUser(security.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
    List<Gap> gaps = me.gaps() == null ? List.of() : me.gaps().gaps();
    return Map.of(
        "personId", me.person().key(),
        "name", me.person().name(),
        "model", me.model() == null ? "" : me.model().id().toString(),
        "gaps", gaps.stream().map(g -> Map.of("competency", g.competency().value(), "name", g.name(), "required", g.required(),
            "current", g.current(), "missing", g.missing(), "weight", g.weight(), "mustHave", g.mustHave())).toList());
  }
}
