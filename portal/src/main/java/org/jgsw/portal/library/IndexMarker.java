package org.jgsw.portal.library;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * What the library index's commit marker says: the highest change-log id applied, and when the last
 * full rebuild started reading the database (null if none is known). Written as {@code "123"} or
 * {@code "123;rebuilt=2026-11-27T20:37:00"}; a plain id from an older portal still reads.
 *
 * <p>Why the rebuild time: on start-up the change-log rows written within the late-commit window
 * before the marker's change are applied again, in case a slower transaction committed them after
 * the marker was written. After a bulk import and a rebuild that window held the import's last 30 s
 * (19,000 documents at 100k), re-indexed on every restart into a dozen small segments. A rebuild
 * read every row committed before it started, so the window need not reach back beyond that.
 *
 * @param appliedChange the highest change-log id applied to the index
 * @param rebuildStartedAt when the last full rebuild started reading, or null
 */
record IndexMarker(long appliedChange, LocalDateTime rebuildStartedAt) {

  private static final String REBUILT = ";rebuilt=";

  static IndexMarker parse(String marker) {
    if (marker == null || marker.isBlank()) {
      return new IndexMarker(0, null);
    }
    int at = marker.indexOf(REBUILT);
    String id = at < 0 ? marker : marker.substring(0, at);
    LocalDateTime rebuilt = null;
    if (at >= 0) {
      try {
        rebuilt = LocalDateTime.parse(marker.substring(at + REBUILT.length()));
      } catch (DateTimeParseException e) {
        rebuilt = null;
      }
    }
    try {
      return new IndexMarker(Long.parseLong(id.strip()), rebuilt);
    } catch (NumberFormatException e) {
      return new IndexMarker(0, rebuilt);
    }
  }

  String format() {
    return rebuildStartedAt == null ? Long.toString(appliedChange) : appliedChange + REBUILT + rebuildStartedAt;
  }

  /**
   * From when change-log rows are applied again on start-up, besides those after {@link #appliedChange}:
   * the window before the marker's change ({@code changeTime}), but not before the window before the
   * last rebuild's start.
   */
  LocalDateTime lateCommitsSince(LocalDateTime changeTime, long windowSeconds) {
    LocalDateTime from = rebuildStartedAt != null && rebuildStartedAt.isAfter(changeTime) ? rebuildStartedAt : changeTime;
    return from.minusSeconds(windowSeconds);
  }
}
