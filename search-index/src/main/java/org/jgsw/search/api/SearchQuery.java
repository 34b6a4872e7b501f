package org.jgsw.search.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user asked for: free text as typed (never parsed as query syntax, so any input is safe),
 * facet filters, an "in force on" date, sort and page.
 *
 * <p>Filters of one facet are OR-ed (kind STANDARD or REGULATION), different facets AND-ed. An
 * empty set means "no filter". {@code restrictTo}, when not null, keeps only the documents of those
 * ids (a set the caller worked out elsewhere, e.g. "linked to a competency"); totals and facet
 * counts then count only them. An empty restriction finds nothing. Text may hold words, a quoted "phrase", a standard number or 文号
 * typed any way, and article references (第十二条 or 第12条).
 *
 * @param page zero-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 */
public record SearchQuery(
    String text,
    Set<DocumentKind> kinds,
    Set<String> regions,
    Set<String> domains,
    Set<DocumentStatus> statuses,
    Set<Integer> years,
    LocalDate inForceOn,
    Sort sort,
    int page,
    int size,
    Set<Long> restrictTo) {

  public static final int MAX_SIZE = 100;

  /** Hits beyond this depth are not served (deep paging costs memory and helps nobody). */
  public static final int MAX_DEPTH = 10_000;

  public enum Sort {
    RELEVANCE,
    /** Newest first by date of issue. */
    DATE
  }

  public SearchQuery {
    text = text == null ? "" : text;
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    regions = regions == null ? Set.of() : Set.copyOf(regions);
    domains = domains == null ? Set.of() : Set.copyOf(domains);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    years = years == null ? Set.of() : Set.copyOf(years);
    sort = sort == null ? Sort.RELEVANCE : sort;
    size = Math.max(1, Math.min(size, MAX_SIZE));
    page = Math.max(0, Math.min(page, MAX_DEPTH / size - 1));
    restrictTo = restrictTo == null ? null : Set.copyOf(restrictTo);
  }

  /** A query over the whole library (no id restriction). */
  public SearchQuery(String text, Set<DocumentKind> kinds, Set<String> regions, Set<String> domains, Set<DocumentStatus> statuses,
      Set<Integer> years, LocalDate inForceOn, Sort sort, int page, int size) {
    this(text, kinds, regions, domains, statuses, years, inForceOn, sort, page, size, null);
  }

  /** The first ten hits by relevance for {@code text}, no filters. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, Sort.RELEVANCE, 0, 10);
  }

  public SearchQuery withKinds(Set<DocumentKind> value) {
    return new SearchQuery(text, value, regions, domains, statuses, years, inForceOn, sort, page, size, restrictTo);
  }

  public SearchQuery withRegions(Set<String> value) {
    return new SearchQuery(text, kinds, value, domains, statuses, years, inForceOn, sort, page, size, restrictTo);
  }

  public SearchQuery withDomains(Set<String> value) {
    return new SearchQuery(text, kinds, regions, value, statuses, years, inForceOn, sort, page, size, restrictTo);
  }

  public SearchQuery withStatuses(Set<DocumentStatus> value) {
    return new SearchQuery(text, kinds, regions, domains, value, years, inForceOn, sort, page, size, restrictTo);
  }

  public SearchQuery withYears(Set<Integer> value) {
    return new SearchQuery(text, kinds, regions, domains, statuses, value, inForceOn, sort, page, size, restrictTo);
  }

  public SearchQuery inForceOn(LocalDate date) {
    return new SearchQuery(text, kinds, regions, domains, statuses, years, date, sort, page, size, restrictTo);
  }

  public SearchQuery sortedBy(Sort value) {
    return new SearchQuery(text, kinds, regions, domains, statuses, years, inForceOn, value, page, size, restrictTo);
  }

  /** Only the documents of these ids ({@code null}: the whole library). */
  public SearchQuery restrictedTo(Set<Long> ids) {
    return new SearchQuery(text, kinds, regions, domains, statuses, years, inForceOn, sort, page, size, ids);
  }

  public SearchQuery page(int number, int pageSize) {
    return new SearchQuery(text, kinds, regions, domains, statuses, years, inForceOn, sort, number, pageSize, restrictTo);
  }
}
