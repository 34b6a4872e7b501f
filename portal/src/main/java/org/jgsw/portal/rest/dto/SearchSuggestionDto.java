package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/** A completion: text to show and search, TERM / TITLE / NUMBER, and the document for titles and numbers. */
@JsonbNillable
public record SearchSuggestionDto(String text, String type, Long documentId) {}
