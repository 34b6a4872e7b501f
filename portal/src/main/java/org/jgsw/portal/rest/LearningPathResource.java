package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.adapter.learningpath.LearningPathService;
import org.jgsw.portal.adapter.learningpath.LearningPathView;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.rest.dto.LearningPathDto;

/** The caller's recommended learning path: always the caller's own (from the login), never someone else's. */
@Path("learning/path")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning", description = "我的学习：指派、学时、学习与测验")
public class LearningPathResource {

  @Inject LearningPathService paths;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "My recommended learning path: published courses that close my gaps against my post's model "
      + "(or, with post, a target post's), largest gap × weight first, completed courses left out, with the reason for each")
  @APIResponse(responseCode = "200", description = "推荐学习路径（无岗位模型时 post、model 为空）")
  @APIResponse(responseCode = "404", description = "账号未关联人员，或目标岗位没有已发布的岗位模型")
  public LearningPathDto path(
      @Parameter(description = "目标岗位编码（轮岗、晋升准备）；不填则为本人岗位") @QueryParam("post") String post) {
    PersonCompetency me = paths.profileOf(security.getUserPrincipal().getName())
        .orElseThrow(() -> new NotFoundException("该账号未关联人员"));
    LearningPathView view = post == null || post.isBlank()
        ? paths.pathOf(me)
        : paths.pathTo(me, paths.modelOf(post).orElseThrow(() -> new NotFoundException("岗位没有已发布的模型")));
    return new LearningPathDto(view.postCode(), view.postName(), view.modelId(), view.targetPost(),
        view.items().stream().map(i -> new LearningPathDto.Item(i.courseId(), i.course(), i.competencyCode(), i.competency(), i.fromLevel(),
            i.toLevel(), i.requiredLevel(), i.weight(), i.reason(), false)).toList(),
        view.uncovered().stream().map(u -> new LearningPathDto.Uncovered(u.competencyCode(), u.competency(), u.fromLevel(),
            u.requiredLevel())).toList());
  }
}
