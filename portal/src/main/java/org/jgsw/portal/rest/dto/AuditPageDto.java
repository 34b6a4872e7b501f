package org.jgsw.portal.rest.dto;

import java.util.List;

/** One page of the audit log, newest first; {@code page} counts from 0. */
public record AuditPageDto(List<AuditEntryDto> items, long total, int page, int size) {}
