package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A rejected spreadsheet row: its Excel row number (header = 1), its 工号 if any, every reason in Chinese. */
@JsonbNillable // absent values are written as null, so every item has the same fields
public record ImportProblemDto(int row, String staffNo, List<String> messages) {}
