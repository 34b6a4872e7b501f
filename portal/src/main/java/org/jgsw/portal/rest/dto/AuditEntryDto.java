package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDateTime;

/** One audit log line: who did what to which record, when, and from where. */
@JsonbNillable
public record AuditEntryDto(long id, LocalDateTime occurredAt, String actor, String action, String targetType, String targetId, String detail, String remoteAddr) {}
