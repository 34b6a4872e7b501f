package org.jgsw.portal.rest.dto;

import java.util.List;

/** A refused library write: status 400, error "validation_failed", the message, and each problem by field. */
public record LibraryErrorDto(int status, String error, String message, List<LibraryFieldProblemDto> problems) {}
