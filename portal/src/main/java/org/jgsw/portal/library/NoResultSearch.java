package org.jgsw.portal.library;

import java.time.LocalDateTime;

/** A query that found nothing, how often, and when last: what the library is missing. */
public record NoResultSearch(String query, long times, LocalDateTime last) {}
