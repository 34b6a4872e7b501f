package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchHelpersTest {

  @Test
  void bothPartsRunWithOrWithoutHelpers() throws IOException {
    for (int helpers : new int[] {0, 1}) {
      try (SearchHelpers h = new SearchHelpers(helpers)) {
        AtomicInteger ran = new AtomicInteger();
        h.inParallel(ran::incrementAndGet, ran::incrementAndGet);
        assertThat(ran).as("%d helpers", helpers).hasValue(2);
      }
    }
  }

  @Test
  void theHandedPartsFailureIsPassedOn() {
    try (SearchHelpers h = new SearchHelpers(1)) {
      assertThatThrownBy(() -> h.inParallel(() -> {}, () -> {
        throw new IOException("segment gone");
      })).isInstanceOf(IOException.class).hasMessage("segment gone");
    }
  }

  @Test
  void whenThisThreadsPartFailsTheHandedPartIsFinishedOrDroppedBeforeTheFailureIsPassedOn() throws Exception {
    try (SearchHelpers h = new SearchHelpers(1)) {
      CountDownLatch helperStarted = new CountDownLatch(1);
      AtomicBoolean helperFinished = new AtomicBoolean();
      assertThatThrownBy(() -> h.inParallel(() -> {
        // give the helper time to take its part, so that the failure has to wait for it
        await(helperStarted);
        throw new IllegalStateException("query failed");
      }, () -> {
        helperStarted.countDown();
        sleep(200);
        helperFinished.set(true);
      })).isInstanceOf(IllegalStateException.class);
      assertThat(helperFinished).as("the helper's part was over before inParallel returned").isTrue();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
