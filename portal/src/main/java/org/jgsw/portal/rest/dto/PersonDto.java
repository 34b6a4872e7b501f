package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;

/**
 * A person as the API shows it. Coded fields carry the constant names (e.g. {@code BACHELOR},
 * {@code SELECTED_GRADUATE}); {@code age} is in whole years today.
 */
@JsonbNillable // absent values are written as null, so every item has the same fields
public record PersonDto(
    long id, String staffNo, String name, String gender, LocalDate birthDate, int age, String education, String major,
    Long unitId, String unitName, Long postId, String postName, String rank, String entryChannel, boolean active) {}
