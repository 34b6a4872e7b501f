package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.portal.library.LibrarySearch;
import org.jgsw.portal.links.CompetencyDocuments;
import org.jgsw.portal.rest.dto.SearchHitDto;
import org.jgsw.portal.rest.dto.SearchPageDto;
import org.jgsw.portal.rest.dto.SearchSuggestionDto;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.SearchPage;
import org.jgsw.search.api.SearchQuery;

/**
 * Full-text search of the library for every signed-in user. Free text is never parsed as query
 * syntax; filters of one facet may be repeated ({@code kind=STANDARD&kind=CASE}) or comma-separated.
 */
@Path("search")
@ApplicationScoped // stateless: one instance serves every request (the security context is a parameter)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "资料库检索")
@RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class SearchResource {

  @Inject LibrarySearch library;
  @Inject CompetencyDocuments competencyDocuments;

  @GET
  @Operation(summary = "检索标准、制度法规和典型案例：中文全文、标准号/文号（任意写法）、条款（第十二条 = 第12条）；"
      + "按类型、地区、业务领域、状态、年份筛选并返回分面计数；competency=能力编码 只检索与该能力关联的资料（总数与分面同样只计这些）；sort=relevance|date；page 从 0 开始；inForceOn=YYYY-MM-DD 为在某日有效")
  public SearchPageDto search(
      @QueryParam("q") String q,
      @Parameter(description = "STANDARD, REGULATION, CASE") @QueryParam("kind") List<String> kind,
      @QueryParam("region") List<String> region,
      @QueryParam("domain") List<String> domain,
      @Parameter(description = "CURRENT, REPEALED, UPCOMING") @QueryParam("status") List<String> status,
      @QueryParam("year") List<String> year,
      @Parameter(description = "在某日有效 YYYY-MM-DD") @QueryParam("inForceOn") String inForceOn,
      @Parameter(description = "只检索与该能力关联的资料（能力词典编码，如 GEN-LAW）：资料管理员直接关联的，以及培训该能力的已发布课程引用的")
          @QueryParam("competency") String competency,
      @Parameter(description = "relevance | date") @QueryParam("sort") String sort,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("10") int size,
      @Context SecurityContext security,
      @Context HttpServletResponse response) {
    if (page < 0 || size < 1 || size > SearchQuery.MAX_SIZE) {
      throw new BadRequestException("page ≥ 0, 1 ≤ size ≤ " + SearchQuery.MAX_SIZE);
    }
    SearchQuery query = new SearchQuery(q,
        values(kind, "kind", s -> DocumentKind.valueOf(s.toUpperCase(Locale.ROOT))),
        values(region, "region", s -> s),
        values(domain, "domain", s -> s),
        values(status, "status", s -> DocumentStatus.valueOf(s.toUpperCase(Locale.ROOT))),
        values(year, "year", Integer::valueOf),
        date(inForceOn), sort(sort), page, size);
    if (competency != null && !competency.isBlank()) {
      query = query.restrictedTo(competencyDocuments.linkedIds(code(competency)));
    }
    long started = System.nanoTime();
    SearchPage result = library.search(query, security.getUserPrincipal().getName());
    // The search's own time to the microsecond (tookMs is whole milliseconds), in the standard header
    // browsers' developer tools show: what a call costs beyond it is the request path's.
    response.setHeader("Server-Timing", serverTiming(System.nanoTime() - started));
    return toDto(result, query);
  }

  /** {@code search;dur=<ms with three decimals>}, built by hand: String.format cost a tenth of the request path (JFR). */
  static String serverTiming(long nanos) {
    long micros = Math.max(0, (nanos + 500) / 1000);
    long fraction = micros % 1000;
    return "search;dur=" + micros / 1000 + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
  }

  static SearchPageDto toDto(SearchPage result, SearchQuery query) {
    List<SearchHitDto> hits = result.hits().stream()
        .map(h -> new SearchHitDto(h.id(), h.externalId(), h.kind().name(), h.title(), h.number(), h.status().name(), h.score(), h.snippets(), h.clause()))
        .toList();
    return new SearchPageDto(result.total(), result.tookMs(), query.page(), query.size(), hits, result.facets());
  }

  @GET
  @Path("suggest")
  @Operation(summary = "输入提示：术语、标题和编号，也可用拼音首字母（gwyc → 公务用车）")
  public List<SearchSuggestionDto> suggest(@QueryParam("q") String q, @QueryParam("max") @DefaultValue("8") int max) {
    return library.suggest(q, Math.max(1, Math.min(max, 20))).stream()
        .map(s -> new SearchSuggestionDto(s.text(), s.type().name(), s.documentId())).toList();
  }

  private static <T> Set<T> values(List<String> raw, String name, Function<String, T> parse) {
    Set<T> out = new LinkedHashSet<>();
    if (raw == null) {
      return out;
    }
    for (String param : raw) {
      for (String v : param.split(",")) {
        if (!v.isBlank()) {
          try {
            out.add(parse.apply(v.strip()));
          } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + ": " + v.strip() + "?");
          }
        }
      }
    }
    return out;
  }

  private static String code(String competency) {
    try {
      return CompetencyCode.of(competency).value();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("competency: " + e.getMessage());
    }
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("inForceOn: YYYY-MM-DD");
    }
  }

  static SearchQuery.Sort sort(String s) {
    if (s == null || s.isBlank() || s.equalsIgnoreCase("relevance")) {
      return SearchQuery.Sort.RELEVANCE;
    }
    if (s.equalsIgnoreCase("date")) {
      return SearchQuery.Sort.DATE;
    }
    throw new BadRequestException("sort: relevance | date (" + Arrays.toString(SearchQuery.Sort.values()) + ")");
  }
}
