package org.jgsw.portal.rest.dto;

/** Every API error has this shape; {@code error} is a stable code, {@code message} is for people. */
public record ErrorDto(int status, String error, String message) {}
