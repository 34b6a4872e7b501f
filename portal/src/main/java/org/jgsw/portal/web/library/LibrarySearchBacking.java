package org.jgsw.portal.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.portal.library.LibrarySearch;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.links.CompetencyDocuments;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.competency.domain.Competency;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.SearchHit;
import org.jgsw.search.api.SearchPage;
import org.jgsw.search.api.SearchQuery;
import org.jgsw.search.api.Suggestion;

/**
 * library/index.xhtml: the search page. Its state is the URL (q, kind, region, domain, status,
 * year, on, competency, sort, page), so every result page is bookmarkable and facet links drill down
 * by adding or removing one value. Values of one facet are comma-separated. {@code competency}
 * keeps only the documents linked to that competency (resolved in the database, then given to the
 * index as a set of ids).
 */
@Named
@RequestScoped
public class LibrarySearchBacking {

  static final int PAGE_SIZE = 10;
  static final List<String> FACETS = List.of("kind", "status", "domain", "region", "year");

  @Inject LibrarySearch library;
  @Inject LibraryService documents;
  @Inject ActiveUser activeUser;
  @Inject CompetencyDocuments competencyDocuments;

  private String q;
  private String kind;
  private String region;
  private String domain;
  private String status;
  private String year;
  private String on;
  private String competency;
  private String sort;
  private int page;

  private SearchPage result;
  private Map<Long, LibraryDocument> replacements = Map.of();
  private Map<Long, Long> replacedBy = Map.of();
  private List<Competency> competencies;

  /** f:viewAction: runs the search of the URL. */
  public void search() {
    SearchQuery query = new SearchQuery(q,
        enums(kind, DocumentKind.class), set(region), set(domain), enums(status, DocumentStatus.class),
        set(year).stream().filter(y -> y.matches("\\d{4}")).map(Integer::valueOf).collect(Collectors.toSet()),
        getOnDate(), "date".equals(sort) ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE, Math.max(0, page), PAGE_SIZE);
    if (competency != null && !competency.isBlank()) {
      query = query.restrictedTo(competencyDocuments.linkedIds(competency.strip().toUpperCase(Locale.ROOT)));
    }
    result = library.search(query, activeUser.getUsername());
    List<Long> repealed = result.hits().stream().filter(h -> h.status() == DocumentStatus.REPEALED).map(SearchHit::id).toList();
    if (!repealed.isEmpty()) {
      Map<Long, Long> links = new HashMap<>();
      Map<Long, LibraryDocument> targets = new HashMap<>();
      for (Long id : repealed) {
        documents.find(id).map(LibraryDocument::getReplacedById).ifPresent(r -> {
          links.put(id, r);
          documents.find(r).ifPresent(t -> targets.put(r, t));
        });
      }
      replacedBy = links;
      replacements = targets;
    }
  }

  /** Completions for the search box (also by pinyin initials). */
  public List<String> complete(String prefix) {
    return library.suggest(prefix, 8).stream().map(Suggestion::text).distinct().toList();
  }

  /** The replacement of a repealed hit, or null. */
  public LibraryDocument replacementOf(SearchHit hit) {
    Long r = replacedBy.get(hit.id());
    return r == null ? null : replacements.get(r);
  }

  // ------------------------------------------------------------------------------ facets and links

  public record FacetValue(String value, long count, boolean selected, String url) {}

  public record Facet(String name, List<FacetValue> values) {}

  public List<Facet> getFacets() {
    List<Facet> out = new ArrayList<>();
    for (String name : FACETS) {
      Map<String, Long> counts = getResult().facets().getOrDefault(name, Map.of());
      Set<String> chosen = set(param(name));
      List<FacetValue> values = new ArrayList<>();
      counts.forEach((v, c) -> values.add(new FacetValue(v, c, chosen.contains(v), toggle(name, v))));
      for (String c : chosen) {
        if (!counts.containsKey(c)) {
          values.add(new FacetValue(c, 0, true, toggle(name, c)));
        }
      }
      if ("year".equals(name)) {
        values.sort((a, b) -> b.value().compareTo(a.value()));
      }
      out.add(new Facet(name, values));
    }
    return out;
  }

  /** The URL with {@code value} added to or removed from facet {@code name}, back on page 1. */
  public String toggle(String name, String value) {
    Map<String, String> params = params();
    Set<String> values = set(params.get(name));
    if (!values.remove(value)) {
      values.add(value);
    }
    params.put(name, String.join(",", values));
    params.remove("page");
    return url(params);
  }

  public String pageUrl(int number) {
    Map<String, String> params = params();
    params.put("page", String.valueOf(number));
    return url(params);
  }

  public String sortUrl(String value) {
    Map<String, String> params = params();
    params.put("sort", value);
    params.remove("page");
    return url(params);
  }

  public String getClearUrl() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", q);
    return url(params);
  }

  public List<Integer> getPages() {
    int last = getLastPage();
    List<Integer> pages = new ArrayList<>();
    for (int i = Math.max(0, page - 4); i <= Math.min(last, page + 4); i++) {
      pages.add(i);
    }
    return pages;
  }

  public int getLastPage() {
    long total = Math.min(getResult().total(), SearchQuery.MAX_DEPTH);
    return (int) Math.max(0, (total - 1) / PAGE_SIZE);
  }

  public boolean isFiltered() {
    return FACETS.stream().anyMatch(f -> !set(param(f)).isEmpty()) || getOnDate() != null || !isBlank(competency);
  }

  /** The competencies to narrow by (the dictionary), for the filter's list. */
  public List<Competency> getCompetencies() {
    if (competencies == null) {
      competencies = competencyDocuments.dictionary();
    }
    return competencies;
  }

  /** The URL parameters the competency filter's GET form carries along unchanged (all but competency and page). */
  public List<Map.Entry<String, String>> getParamsBesideCompetency() {
    Map<String, String> params = params();
    params.remove("competency");
    params.remove("page");
    return params.entrySet().stream().filter(e -> !isBlank(e.getValue())).toList();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private Map<String, String> params() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("q", q);
    for (String f : FACETS) {
      p.put(f, param(f));
    }
    p.put("on", on);
    p.put("competency", competency);
    p.put("sort", sort);
    p.put("page", page > 0 ? String.valueOf(page) : null);
    return p;
  }

  private String param(String name) {
    return switch (name) {
      case "kind" -> kind;
      case "region" -> region;
      case "domain" -> domain;
      case "status" -> status;
      case "year" -> year;
      default -> null;
    };
  }

  private static String url(Map<String, String> params) {
    String query = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return "index.xhtml" + (query.isEmpty() ? "" : "?" + query);
  }

  private static Set<String> set(String csv) {
    if (csv == null || csv.isBlank()) {
      return new LinkedHashSet<>();
    }
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static <E extends Enum<E>> Set<E> enums(String csv, Class<E> type) {
    Set<E> out = new LinkedHashSet<>();
    for (String s : set(csv)) {
      try {
        out.add(Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        // an edited URL: ignore the unknown value
      }
    }
    return out;
  }

  public LocalDate getOnDate() {
    try {
      return on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public void setOnDate(LocalDate value) {
    on = value == null ? null : value.toString();
  }

  /** The search form: back to the first page of the new text, keeping the filters. */
  public String submit() {
    page = 0;
    return "/library/index?faces-redirect=true&includeViewParams=true";
  }

  /** The result; on a postback (the search form), where f:viewAction does not run, searched on first use. */
  public SearchPage getResult() {
    if (result == null) {
      search();
    }
    return result;
  }
  public String getQ() { return q; }
  public void setQ(String v) { q = v; }
  public String getKind() { return kind; }
  public void setKind(String v) { kind = v; }
  public String getRegion() { return region; }
  public void setRegion(String v) { region = v; }
  public String getDomain() { return domain; }
  public void setDomain(String v) { domain = v; }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public String getYear() { return year; }
  public void setYear(String v) { year = v; }
  public String getOn() { return on; }
  public void setOn(String v) { on = v; }
  public String getCompetency() { return competency; }
  public void setCompetency(String v) { competency = v; }
  public String getSort() { return sort; }
  public void setSort(String v) { sort = v; }
  public int getPage() { return page; }
  public void setPage(int v) { page = v; }
}
