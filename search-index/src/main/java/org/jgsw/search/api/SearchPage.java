package org.jgsw.search.api;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total documents matching the text and all filters
 * @param facets counts per facet ({@link #KIND}, {@link #REGION}, {@link #DOMAIN}, {@link
 *     #STATUS}, {@link #YEAR}), each value to its count, largest first. Kind and status values are
 *     enum names. A facet's own filter does not narrow its own counts (drill sideways), so the other
 *     values of a facet stay visible after one is chosen.
 */
public record SearchPage(
    long total, long tookMs, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {

  public static final String KIND = "kind";
  public static final String REGION = "region";
  public static final String DOMAIN = "domain";
  public static final String STATUS = "status";
  public static final String YEAR = "year";

  public SearchPage {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
