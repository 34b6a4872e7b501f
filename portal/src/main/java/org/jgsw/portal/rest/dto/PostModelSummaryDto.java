package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/** A post model version in a list: {@code id} is {@code POST@vN}, e.g. {@code P-GWYC-DD@v2}. */
@JsonbNillable
public record PostModelSummaryDto(String id, String post, String postName, String unitName, int version, String status, int requirements,
    int mustHaves, String basedOn) {}
