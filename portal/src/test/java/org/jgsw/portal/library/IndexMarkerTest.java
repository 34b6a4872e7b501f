package org.jgsw.portal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IndexMarkerTest {

  private static final LocalDateTime REBUILT = LocalDateTime.of(2026, 11, 27, 20, 37, 5);

  @Test
  void aPlainIdFromAnOlderPortalStillReads() {
    assertThat(IndexMarker.parse("100045")).isEqualTo(new IndexMarker(100045, null));
    assertThat(IndexMarker.parse(null)).isEqualTo(new IndexMarker(0, null));
    assertThat(IndexMarker.parse("")).isEqualTo(new IndexMarker(0, null));
  }

  @Test
  void theReadTimeIsWrittenAndReadBack() {
    IndexMarker marker = new IndexMarker(100045, REBUILT);
    assertThat(marker.format()).isEqualTo("100045;read=2026-11-27T20:37:05");
    assertThat(IndexMarker.parse(marker.format())).isEqualTo(marker);
    assertThat(new IndexMarker(7, null).format()).isEqualTo("7");
  }

  @Test
  void aMarkerOfTheEarlierRebuildFormStillReads() {
    assertThat(IndexMarker.parse("100045;rebuilt=2026-11-27T20:37:05")).isEqualTo(new IndexMarker(100045, REBUILT));
  }

  @Test
  void aDamagedMarkerReadsAsFarAsItCan() {
    assertThat(IndexMarker.parse("abc")).isEqualTo(new IndexMarker(0, null));
    assertThat(IndexMarker.parse("12;read=yesterday")).isEqualTo(new IndexMarker(12, null));
  }

  @Test
  void lateCommitsAreLookedForBeforeTheMarkersChangeButNotBeforeTheLastRead() {
    LocalDateTime importEnded = REBUILT.minusMinutes(4);
    // a restart after an import and a rebuild: the import's last 30 s were read by the rebuild
    assertThat(new IndexMarker(100045, REBUILT).lateCommitsSince(importEnded, 30)).isEqualTo(REBUILT.minusSeconds(30));
    // a change after the rebuild: the window before it, as without a rebuild
    LocalDateTime later = REBUILT.plusMinutes(10);
    assertThat(new IndexMarker(100046, REBUILT).lateCommitsSince(later, 30)).isEqualTo(later.minusSeconds(30));
    assertThat(new IndexMarker(100045, null).lateCommitsSince(importEnded, 30)).isEqualTo(importEnded.minusSeconds(30));
  }

  @Test
  void aStartUpCatchUpSettlesTheWindowItReapplied() {
    LocalDateTime importEnded = REBUILT.minusSeconds(5);
    IndexMarker afterRebuild = new IndexMarker(100045, REBUILT);
    // first start after the rebuild: the rebuild's window reaches into the import and is applied again
    assertThat(afterRebuild.lateCommitsSince(importEnded, 30)).isBefore(importEnded);
    LocalDateTime startUp = REBUILT.plusHours(1);
    IndexMarker caughtUp = afterRebuild.afterRead(100045, startUp);
    assertThat(caughtUp).isEqualTo(new IndexMarker(100045, startUp));
    // the next start looks only at the window before the catch-up: the import is not applied again
    assertThat(caughtUp.lateCommitsSince(importEnded, 30)).isEqualTo(startUp.minusSeconds(30)).isAfter(importEnded);
  }

  @Test
  void aReadNeverMovesTheMarkerBack() {
    IndexMarker marker = new IndexMarker(100045, REBUILT);
    assertThat(marker.afterRead(100010, REBUILT.minusDays(1))).isEqualTo(marker);
    assertThat(new IndexMarker(5, null).afterRead(9, REBUILT)).isEqualTo(new IndexMarker(9, REBUILT));
  }
}
