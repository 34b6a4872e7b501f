package org.jgsw.course.domain;

import java.time.LocalDate;

/**
 * A notification for the portal to store and show (and optionally e-mail). {@code dedupKey} is the
 * same each time the same reminder is due: store it with a unique constraint and a reminder is never
 * shown twice, however often the reminder job runs.
 */
public record Notification(
    String recipientPersonId, NotificationKind kind, String title, String message, LocalDate createdOn,
    AssignmentId assignment, String dedupKey) {}
