package org.jgsw.portal.rest.dto;

import java.util.List;
import java.util.Map;

/** A page of /api/search: total hits, time taken in the index, hits, and facet counts (kind, region, domain, status, year). */
public record SearchPageDto(long total, long tookMs, int page, int size, List<SearchHitDto> hits, Map<String, Map<String, Long>> facets) {}
