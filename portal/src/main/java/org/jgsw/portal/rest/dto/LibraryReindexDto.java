package org.jgsw.portal.rest.dto;

/** Progress of the last or running rebuild of the library index; result fields once finished. */
public record LibraryReindexDto(
    boolean running, long done, long total, int percent, Long indexed, Long removed, Long tookMs, String error) {}
