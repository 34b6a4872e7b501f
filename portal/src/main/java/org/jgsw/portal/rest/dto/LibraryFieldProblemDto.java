package org.jgsw.portal.rest.dto;

/** One reason a document was refused, with the field it concerns. */
public record LibraryFieldProblemDto(String field, String message) {}
