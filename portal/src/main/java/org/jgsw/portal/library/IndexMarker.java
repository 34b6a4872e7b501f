package org.jgsw.portal.library;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * What the library index's commit marker says: the highest change-log id applied, and when the last
 * full read of the database started — a rebuild, or the catch-up on start-up (null if none is
 * known). Written as {@code "123;read=2026-11-27T20:37:00"}; a plain id ({@code "123"}) and the
 * earlier {@code "123;rebuilt=…"} still read.
 *
 * <p>Why the read time: on start-up the change-log rows written within the late-commit window
 * before the marker's change are applied again, in case a slower transaction committed them after
 * the marker was written. After a bulk import and a rebuild that window held the import's last 30 s
 * (20,000 documents at 100k). A rebuild reads every row committed before it started, and so does a
 * start-up catch-up (the process that wrote the rows is gone): the window need not reach back
 * beyond the window before that read. Without the catch-up's own time, every restart re-indexed the
 * same 20,000 documents, leaving the index a fifth deleted documents and a dozen small segments —
 * searches through the portal then took three times as long as on the rebuilt index.
 *
 * @param appliedChange the highest change-log id applied to the index
 * @param lastReadAt when the last full read of the database (rebuild or start-up catch-up) started, or null
 */
record IndexMarker(long appliedChange, LocalDateTime lastReadAt) {

  private static final String READ = ";read=";
  /** The key of markers written before start-up catch-ups counted as reads. */
  private static final String REBUILT = ";rebuilt=";

  static IndexMarker parse(String marker) {
    if (marker == null || marker.isBlank()) {
      return new IndexMarker(0, null);
    }
    int at = marker.indexOf(READ);
    int keyLength = READ.length();
    if (at < 0) {
      at = marker.indexOf(REBUILT);
      keyLength = REBUILT.length();
    }
    String id = at < 0 ? marker : marker.substring(0, at);
    LocalDateTime read = null;
    if (at >= 0) {
      try {
        read = LocalDateTime.parse(marker.substring(at + keyLength));
      } catch (DateTimeParseException e) {
        read = null;
      }
    }
    try {
      return new IndexMarker(Long.parseLong(id.strip()), read);
    } catch (NumberFormatException e) {
      return new IndexMarker(0, read);
    }
  }

  String format() {
    return lastReadAt == null ? Long.toString(appliedChange) : appliedChange + READ + lastReadAt;
  }

  /** This marker after a full read of the database that started at {@code readAt} and applied changes up to {@code applied}. */
  IndexMarker afterRead(long applied, LocalDateTime readAt) {
    LocalDateTime latest = lastReadAt == null || readAt.isAfter(lastReadAt) ? readAt : lastReadAt;
    return new IndexMarker(Math.max(appliedChange, applied), latest);
  }

  /**
   * From when change-log rows are applied again on start-up, besides those after {@link #appliedChange}:
   * the window before the marker's change ({@code changeTime}), but not before the window before the
   * last full read.
   */
  LocalDateTime lateCommitsSince(LocalDateTime changeTime, long windowSeconds) {
    LocalDateTime from = lastReadAt != null && lastReadAt.isAfter(changeTime) ? lastReadAt : changeTime;
    return from.minusSeconds(windowSeconds);
  }
}
