package org.jgsw.portal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IndexMarkerTest {

  private static final LocalDateTime REBUILT = LocalDateTime.of(2026, 11, 27, 20, 37, 5);
  private static final long WINDOW = IndexMarker.LATE_COMMIT_WINDOW_SECONDS;

  @Test
  void aPlainIdFromAnOlderPortalStillReads() {
    assertThat(IndexMarker.parse("100045")).isEqualTo(new IndexMarker(100045, null));
    assertThat(IndexMarker.parse(null)).isEqualTo(new IndexMarker(0, null));
    assertThat(IndexMarker.parse("")).isEqualTo(new IndexMarker(0, null));
  }

  @Test
  void theSettledTimeIsWrittenAndReadBack() {
    IndexMarker marker = new IndexMarker(100045, REBUILT);
    assertThat(marker.format()).isEqualTo("100045;settled=2026-11-27T20:37:05");
    assertThat(IndexMarker.parse(marker.format())).isEqualTo(marker);
    assertThat(new IndexMarker(7, null).format()).isEqualTo("7");
  }

  @Test
  void anEarlierPortalsRebuildMarkerReadsAsSettledUpToTheWindowBeforeTheRebuild() {
    assertThat(IndexMarker.parse("100045;rebuilt=2026-11-27T20:37:05"))
        .isEqualTo(new IndexMarker(100045, REBUILT.minusSeconds(WINDOW)));
  }

  @Test
  void aDamagedMarkerReadsAsFarAsItCan() {
    assertThat(IndexMarker.parse("abc")).isEqualTo(new IndexMarker(0, null));
    assertThat(IndexMarker.parse("12;settled=yesterday")).isEqualTo(new IndexMarker(12, null));
    assertThat(IndexMarker.parse("12;unknown=2026-11-27T20:37:05")).isEqualTo(new IndexMarker(12, null));
  }

  @Test
  void aRebuildSettlesWhatCameBeforeTheWindowBeforeItsEnd() {
    // a bulk import, and a rebuild started at once that took 37 s
    LocalDateTime importEnded = REBUILT.minusSeconds(38);
    IndexMarker rebuilt = new IndexMarker(100045, null).afterRebuild(100045, REBUILT);
    assertThat(rebuilt).isEqualTo(new IndexMarker(100045, REBUILT.minusSeconds(WINDOW)));
    // the import's last seconds are not applied again on the next start
    assertThat(rebuilt.lateCommitsSince(importEnded)).isEqualTo(REBUILT.minusSeconds(WINDOW)).isAfter(importEnded);
    // a change after the rebuild: the window before it, as without a rebuild
    LocalDateTime later = REBUILT.plusMinutes(10);
    assertThat(new IndexMarker(100046, rebuilt.settledBefore()).lateCommitsSince(later)).isEqualTo(later.minusSeconds(WINDOW));
    assertThat(new IndexMarker(100045, null).lateCommitsSince(importEnded)).isEqualTo(importEnded.minusSeconds(WINDOW));
  }

  @Test
  void aStartUpCatchUpSettlesEverythingBeforeIt_soTheNextStartAppliesNothingAgain() {
    // killed in the middle of an import; restarted ten seconds later
    LocalDateTime lastImported = REBUILT.plusMinutes(30);
    IndexMarker beforeKill = new IndexMarker(107745, REBUILT.minusSeconds(WINDOW));
    assertThat(beforeKill.lateCommitsSince(lastImported)).isEqualTo(lastImported.minusSeconds(WINDOW));
    LocalDateTime startUp = lastImported.plusSeconds(10);
    IndexMarker caughtUp = beforeKill.afterCatchUp(108045, startUp);
    assertThat(caughtUp).isEqualTo(new IndexMarker(108045, startUp));
    // the next start looks only after the catch-up, though the import ended within the window before it
    assertThat(caughtUp.lateCommitsSince(lastImported.plusSeconds(1))).isEqualTo(startUp);
  }

  @Test
  void aReadNeverMovesTheMarkerBack() {
    IndexMarker marker = new IndexMarker(100045, REBUILT);
    assertThat(marker.afterCatchUp(100010, REBUILT.minusDays(1))).isEqualTo(marker);
    assertThat(marker.afterRebuild(100010, REBUILT.plusSeconds(WINDOW - 1))).isEqualTo(marker);
    assertThat(new IndexMarker(5, null).afterCatchUp(9, REBUILT)).isEqualTo(new IndexMarker(9, REBUILT));
  }
}
