package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One hit of /api/search; snippets hold {@code <mark>} around matches and are otherwise HTML-escaped. */
@JsonbNillable
public record SearchHitDto(long id, String externalId, String kind, String title, String number, String status, float score,
    List<String> snippets, String clause) {}
