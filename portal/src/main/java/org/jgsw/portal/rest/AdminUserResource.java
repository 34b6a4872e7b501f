package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jgsw.portal.account.AccountService;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.account.UserAccount;
import org.jgsw.portal.rest.dto.UserCreateDto;
import org.jgsw.portal.rest.dto.UserDto;
import org.jgsw.portal.rest.dto.UserPageDto;

/** Login accounts for administrators: list and search, read one, create. */
@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminUserResource {

  static final int MAX_PAGE_SIZE = 100;
  private static final String USERNAME_PATTERN = "[a-z0-9_.-]{2,60}";
  private static final int MAX_DISPLAY_NAME = 60;


  @Inject AccountService accounts;

  @GET
  @Operation(summary = "按用户名或显示名称搜索账户（page 从 0 开始）")
  public UserPageDto search(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    checkPaging(page, size);
    List<UserDto> items = accounts.search(q, page * size, size, "username", true).stream().map(AdminUserResource::toDto).toList();
    return new UserPageDto(items, accounts.count(q), page, size);
  }

  @GET
  @Path("{id}")
  public UserDto get(@PathParam("id") long id) {
    return accounts.find(id).map(AdminUserResource::toDto).orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建账户")
  @APIResponse(responseCode = "201", description = "已创建")
  @APIResponse(responseCode = "400", description = "缺少字段、密码过短或角色未知")
  @APIResponse(responseCode = "409", description = "用户名已存在")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserCreateDto.class)))
  public Response create(String json, @Context SecurityContext security, @Context UriInfo uri) {
    UserCreateDto body = parse(json);
    List<String> problems = problems(body);
    if (!problems.isEmpty()) {
      throw new BadRequestException(String.join("；", problems));
    }
    UserAccount created = accounts.create(
        security.getUserPrincipal().getName(), body.username().trim().toLowerCase(), body.displayName().trim(), roles(body.roles()), body.password(), null);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(toDto(created)).build();
  }

  /** The body, or null when there is none; malformed JSON is a 400 with a Chinese message, not a 500. */
  static UserCreateDto parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return Json.JSONB.fromJson(json, UserCreateDto.class);
    } catch (JsonbException | ClassCastException e) {
      throw new BadRequestException(RestTexts.text("api.body.invalid"));
    }
  }

  /** What is wrong with a create request, in Chinese; empty when it is fine. */
  static List<String> problems(UserCreateDto body) {
    List<String> problems = new ArrayList<>();
    if (body == null) {
      problems.add(RestTexts.text("api.body.required"));
      return problems;
    }
    if (isBlank(body.username())) {
      problems.add(RestTexts.text("api.user.username.required"));
    } else if (!body.username().trim().toLowerCase().matches(USERNAME_PATTERN)) {
      problems.add(RestTexts.text("api.user.username.pattern"));
    }
    if (isBlank(body.displayName())) {
      problems.add(RestTexts.text("api.user.displayName.required"));
    } else if (body.displayName().trim().length() > MAX_DISPLAY_NAME) {
      problems.add(RestTexts.text("api.user.displayName.tooLong", MAX_DISPLAY_NAME));
    }
    if (body.password() == null || body.password().length() < AccountService.MIN_PASSWORD_LENGTH) {
      problems.add(RestTexts.text("user.password.tooShort", AccountService.MIN_PASSWORD_LENGTH));
    }
    if (body.roles() == null || body.roles().isEmpty()) {
      problems.add(RestTexts.text("api.user.roles.required"));
    } else {
      for (String role : body.roles()) {
        if (role == null || Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
          problems.add(RestTexts.text("api.user.role.unknown", role, Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))));
        }
      }
    }
    return problems;
  }

  static boolean pagingOk(int page, int size) {
    return page >= 0 && size >= 1 && size <= MAX_PAGE_SIZE && (long) page * size <= Integer.MAX_VALUE;
  }

  static void checkPaging(int page, int size) {
    if (!pagingOk(page, size)) {
      throw new BadRequestException(RestTexts.text("api.page.invalid", MAX_PAGE_SIZE));
    }
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(n -> roles.add(Role.valueOf(n)));
    return roles;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Parsing here rather than by the JAX-RS provider lets a malformed body get a Chinese 400; created on first use. */
  private static final class Json {
    static final Jsonb JSONB = JsonbBuilder.create(); // thread-safe
  }

  static UserDto toDto(UserAccount a) {
    List<String> roles = a.getRoles().stream().sorted().map(Role::name).toList();
    return new UserDto(a.getId(), a.getUsername(), a.getDisplayName(), roles, a.isActive());
  }
}
