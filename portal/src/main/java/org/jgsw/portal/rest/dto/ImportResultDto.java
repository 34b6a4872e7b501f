package org.jgsw.portal.rest.dto;

import java.util.List;

/** Outcome of a people import: good rows are stored even when others are rejected. */
public record ImportResultDto(int created, int updated, int rejected, List<ImportProblemDto> problems) {}
