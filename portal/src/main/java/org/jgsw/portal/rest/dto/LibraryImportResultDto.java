package org.jgsw.portal.rest.dto;

import java.util.List;

/** Outcome of a JSON Lines import: good lines are stored even when others are rejected. */
public record LibraryImportResultDto(int created, int updated, int rejected, List<LibraryImportProblemDto> problems) {}
