package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.competency.InvalidRatingException;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.ProfileAccess;
import org.jgsw.portal.competency.Rater;
import org.jgsw.portal.competency.RatingInput;
import org.jgsw.portal.competency.RatingOutcome;
import org.jgsw.portal.competency.RatingService;
import org.jgsw.portal.competency.RotationInput;
import org.jgsw.portal.competency.RotationKind;
import org.jgsw.portal.competency.RotationRecord;
import org.jgsw.portal.competency.RotationService;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.rest.dto.CurrentLevelDto;
import org.jgsw.portal.rest.dto.PersonCompetencyDto;
import org.jgsw.portal.rest.dto.RatingRecordedDto;
import org.jgsw.portal.rest.dto.RatingRequestDto;
import org.jgsw.portal.rest.dto.RotationDto;
import org.jgsw.portal.rest.dto.RotationRequestDto;

/**
 * A person's competency profile and new ratings of it, for HR (anyone; candidates' views audited)
 * and supervisors (the members of their team; ratings only as supervisor ratings). {@code id} is
 * the matching ID: {@code S…} a member of staff, {@code C…} a candidate.
 */
@Path("competency/people/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "能力模型")
public class PersonCompetencyResource {

  @Inject ProfileAccess access;
  @Inject RatingService ratings;
  @Inject RotationService rotations;

  @GET
  @Operation(summary = "某人的能力档案：所在岗位胜任力模型、匹配度、当前等级（含判定依据的佐证）、差距；人事可查看所有人（候选人的查看记入审计日志），上级只能查看本团队成员")
  public PersonCompetencyDto profile(@PathParam("id") String id, @Context SecurityContext security, @Context HttpServletRequest request) {
    PersonCompetency p = access.profile(rater(security), key(id), request.getRemoteAddr()).orElseThrow(NotFoundException::new);
    List<CurrentLevelDto> levels = p.levels().entrySet().stream().map(e -> level(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(CurrentLevelDto::competency)).toList();
    List<PersonCompetencyDto.GapDto> gaps = p.gaps() == null ? List.of() : p.gaps().gaps().stream()
        .map(g -> new PersonCompetencyDto.GapDto(g.competency().value(), g.name(), g.required(), g.current(), g.size(), g.missing(), g.proven(),
            g.weight(), g.mustHave())).toList();
    return new PersonCompetencyDto(p.person().key(), p.person().name(), p.hasModel() ? p.model().id().toString() : null,
        p.fit() == null ? null : p.fit().fit(), levels, gaps, CurrentLevelRule.STATEMENT,
        rotations.of(p.person().key()).stream().map(PersonCompetencyResource::rotation).toList());
  }

  @GET
  @Path("rotations")
  @Operation(summary = "某人的轮岗/挂职记录（含接收单位评价），最近的在前；人事可查看所有在职人员，上级只能查看本团队成员")
  public List<RotationDto> rotations(@PathParam("id") String id, @Context SecurityContext security, @Context HttpServletRequest request) {
    PersonCompetency p = access.profile(rater(security), key(id), request.getRemoteAddr()).orElseThrow(NotFoundException::new);
    return rotations.of(p.person().key()).stream().map(PersonCompetencyResource::rotation).toList();
  }

  @POST
  @Path("rotations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.HR_NAME)
  @Operation(summary = "记录一次轮岗/挂职（kind: ROTATION 轮岗 / SECONDMENT 挂职，接收单位，起止日期，接收单位的评价意见和至少一项能力评定 1–5）；"
      + "仅限人事、仅限在职人员（S…），结束日期不能晚于今天。每项评定作为“轮岗/挂职”佐证（已核实）记入能力档案，日期为结束日期")
  @APIResponse(responseCode = "201", description = "已记录，返回该记录")
  @APIResponse(responseCode = "400", description = "输入有误，message 逐条列出问题（中文）")
  @APIResponse(responseCode = "403", description = "非人事")
  public Response addRotation(@PathParam("id") String id, RotationRequestDto body, @Context SecurityContext security) {
    if (body == null) {
      throw new BadRequestException("请求体应为 JSON：{kind, hostUnit, from, to, evaluation, ratings:[{competency, level}]}");
    }
    RotationRecord created = rotations.add(rater(security), key(id), rotationInput(body));
    return Response.status(Response.Status.CREATED).entity(rotation(created)).build();
  }

  @DELETE
  @Path("rotations/{rotation}")
  @RolesAllowed(Role.HR_NAME)
  @Operation(summary = "删除一条录入有误的轮岗/挂职记录及其佐证；仅限人事")
  @APIResponse(responseCode = "204", description = "已删除")
  @APIResponse(responseCode = "404", description = "该人员没有这条记录")
  public Response deleteRotation(@PathParam("id") String id, @PathParam("rotation") long rotation, @Context SecurityContext security) {
    if (!rotations.delete(rater(security), key(id), rotation)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  static RotationDto rotation(RotationRecord r) {
    return new RotationDto(r.getId(), r.getKind().name(), r.getKind().label(), r.getHostUnit(), r.getStartDate(), r.getEndDate(),
        r.getEvaluation(), r.getRatings().stream().map(x -> new RotationDto.Rating(x.getCompetencyCode(), x.getLevel())).toList(),
        r.getRecordedBy());
  }

  /** The posted rotation in the service's terms; unreadable values become problems in Chinese, all at once. */
  private static RotationInput rotationInput(RotationRequestDto body) {
    List<String> problems = new ArrayList<>();
    RotationKind kind = null;
    if (body.kind() != null && !body.kind().isBlank()) {
      try {
        kind = RotationKind.valueOf(body.kind().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("rotation.error.kind");
      }
    }
    LocalDate from = optionalDate(body.from(), "rotation.error.from", problems);
    LocalDate to = optionalDate(body.to(), "rotation.error.to", problems);
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (RotationRequestDto.Rating r : body.ratings() == null ? List.<RotationRequestDto.Rating>of() : body.ratings()) {
      String code = r == null || r.competency() == null ? "" : r.competency().strip();
      if (levels.containsKey(code)) {
        problems.add("rotation.error.duplicate");
      }
      levels.put(code, r == null ? null : r.level());
    }
    if (!problems.isEmpty()) {
      throw new InvalidRatingException(problems);
    }
    return new RotationInput(kind, body.hostUnit(), from, to, body.evaluation(), levels);
  }

  private static LocalDate optionalDate(String value, String problem, List<String> problems) {
    if (value == null || value.isBlank()) {
      return null; // reported as missing by the service, with the other problems
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(problem);
      return null;
    }
  }

  @POST
  @Path("ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "记录一次能力评定（等级 1–5、佐证来源、日期、说明），记录人为当前用户；评定只增不改，当前等级按判定规则重新确定。"
      + "人事可评定任何人（自评除外），上级只能以“上级评价”评定本团队成员")
  public Response rate(@PathParam("id") String id, RatingRequestDto body, @Context SecurityContext security) {
    if (body == null) {
      throw new BadRequestException("请求体应为 JSON：{competency, level, source, date, note}");
    }
    RatingInput input = new RatingInput(body.competency(), body.level(), source(body.source()), date(body.date()), body.note());
    RatingOutcome outcome = ratings.record(rater(security), key(id), input);
    RatingRecordedDto dto = new RatingRecordedDto(outcome.personKey(), MatchingResource.evidence(outcome.recorded()),
        level(outcome.recorded().competency(), outcome.current()), CurrentLevelRule.STATEMENT);
    return Response.status(Response.Status.CREATED).entity(dto).build();
  }

  private static CurrentLevelDto level(CompetencyCode code, AssessedLevel level) {
    return new CurrentLevelDto(code.value(), level.value(), level.proven(), level.evidence().map(MatchingResource::evidence).orElse(null));
  }

  private static Rater rater(SecurityContext security) {
    return new Rater(security.getUserPrincipal().getName(), security.isUserInRole(Role.HR_NAME), security.isUserInRole(Role.SUPERVISOR_NAME));
  }

  private static String key(String id) {
    try {
      SubjectKind.idOf(id);
      return id;
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }

  private static EvidenceSource source(String value) {
    if (value == null || value.isBlank()) {
      return null; // reported with the other problems
    }
    try {
      return EvidenceSource.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRatingException(List.of("rating.error.source"));
    }
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRatingException(List.of("rating.error.date"));
    }
  }
}
