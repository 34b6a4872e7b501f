package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/** A rejected line: its number (first line = 1), its externalId if readable, the reasons in Chinese. */
@JsonbNillable
public record LibraryImportProblemDto(int line, String externalId, String message) {}
