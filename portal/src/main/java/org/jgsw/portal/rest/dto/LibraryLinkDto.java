package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/** Another document, by id, title and number. */
@JsonbNillable
public record LibraryLinkDto(long id, String title, String number, String status) {}
