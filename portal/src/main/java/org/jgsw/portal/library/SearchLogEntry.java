package org.jgsw.portal.library;

import java.time.LocalDateTime;

/** One search as logged: query, filters, hit count, time taken. */
public record SearchLogEntry(LocalDateTime at, String username, String query, String filters, long hits, long tookMs) {}
