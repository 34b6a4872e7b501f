package org.jgsw.portal.library;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * What the library index's commit marker says: the highest change-log id applied, and a time before
 * which every change-log row is known to be in the index (null if none is known). Written as
 * {@code "123;settled=2026-11-27T20:36:35"}; a plain id ({@code "123"}) and the earlier
 * {@code "123;rebuilt=…"} (a rebuild's start) still read.
 *
 * <p>Why: on start-up the change-log rows written within {@link #LATE_COMMIT_WINDOW_SECONDS} before
 * the marker's change are applied again, in case a slower transaction committed them after the
 * marker was written. After a bulk import that window held the import's last 30 s (20,000 documents
 * at 100k), and it was applied again on every restart, leaving the index a fifth deleted documents
 * and a dozen small segments (searches through the portal took three times as long). Reads of the
 * whole database settle what came before them: a rebuild everything written before the window
 * before its end ({@link #afterRebuild}), a start-up catch-up everything written before it began
 * (the process that wrote those rows is gone; rows this start writes are applied as they commit).
 *
 * @param appliedChange the highest change-log id applied to the index
 * @param settledBefore every change-log row written before this time is in the index; null if unknown
 */
record IndexMarker(long appliedChange, LocalDateTime settledBefore) {

  /**
   * Transactions that commit out of change-id order do so within this window (library writes are
   * short: one document, or one import batch of 200): catch-up re-applies it before the marker.
   */
  static final long LATE_COMMIT_WINDOW_SECONDS = 30;

  private static final String SETTLED = ";settled=";
  /** Markers of earlier portals: when the last rebuild started. */
  private static final String REBUILT = ";rebuilt=";

  static IndexMarker parse(String marker) {
    if (marker == null || marker.isBlank()) {
      return new IndexMarker(0, null);
    }
    int settled = marker.indexOf(SETTLED);
    int rebuilt = marker.indexOf(REBUILT);
    int at = settled >= 0 ? settled : rebuilt;
    LocalDateTime time = null;
    if (at >= 0) {
      try {
        time = LocalDateTime.parse(marker.substring(at + (settled >= 0 ? SETTLED : REBUILT).length()));
        if (settled < 0) {
          time = time.minusSeconds(LATE_COMMIT_WINDOW_SECONDS);
        }
      } catch (DateTimeParseException e) {
        time = null;
      }
    }
    int end = marker.indexOf(';');
    String id = end < 0 ? marker : marker.substring(0, end);
    try {
      return new IndexMarker(Long.parseLong(id.strip()), time);
    } catch (NumberFormatException e) {
      return new IndexMarker(0, time);
    }
  }

  String format() {
    return settledBefore == null ? Long.toString(appliedChange) : appliedChange + SETTLED + settledBefore;
  }

  /**
   * After a rebuild that ended at {@code finishedAt} with changes up to {@code applied}: a row written
   * before the window before its end was committed before it ended, and the rebuild read it or the
   * change was applied as it committed (writes during a rebuild go to the same index).
   */
  IndexMarker afterRebuild(long applied, LocalDateTime finishedAt) {
    return settled(applied, finishedAt.minusSeconds(LATE_COMMIT_WINDOW_SECONDS));
  }

  /** After the start-up catch-up that began reading at {@code readAt} and applied changes up to {@code applied}. */
  IndexMarker afterCatchUp(long applied, LocalDateTime readAt) {
    return settled(applied, readAt);
  }

  private IndexMarker settled(long applied, LocalDateTime time) {
    LocalDateTime later = settledBefore == null || time.isAfter(settledBefore) ? time : settledBefore;
    return new IndexMarker(Math.max(appliedChange, applied), later);
  }

  /**
   * From when change-log rows are applied again on start-up, besides those after {@link #appliedChange}:
   * the late-commit window before the marker's change ({@code changeTime}), but nothing already settled.
   */
  LocalDateTime lateCommitsSince(LocalDateTime changeTime) {
    LocalDateTime window = changeTime.minusSeconds(LATE_COMMIT_WINDOW_SECONDS);
    return settledBefore != null && settledBefore.isAfter(window) ? settledBefore : window;
  }
}
