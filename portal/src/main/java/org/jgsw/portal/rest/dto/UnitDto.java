package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/** A unit of the organisation tree; {@code parentId} is null for the province bureau. */
@JsonbNillable
public record UnitDto(long id, String code, String name, String kind, Long parentId, boolean active) {}
