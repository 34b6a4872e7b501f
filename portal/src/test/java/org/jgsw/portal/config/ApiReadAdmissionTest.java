package org.jgsw.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiReadAdmissionTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void defaultIsTwicePerProcessorAtLeastFour() {
    assertThat(ApiReadAdmission.permitsFor(0, 1)).isEqualTo(4);
    assertThat(ApiReadAdmission.permitsFor(0, 2)).isEqualTo(4);
    assertThat(ApiReadAdmission.permitsFor(0, 8)).isEqualTo(16);
    assertThat(ApiReadAdmission.permitsFor(3, 8)).isEqualTo(3);
  }

  @Test
  void aReadWaitsWhileThePermittedReadsRunAndStartsWhenOneEnds() throws Exception {
    ApiReadAdmission filter = new ApiReadAdmission(1);
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    FilterChain blocking = (req, res) -> {
      mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
      firstInside.countDown();
      await(releaseFirst);
      inside.decrementAndGet();
    };
    Future<?> first = pool.submit(() -> run(filter, "GET", blocking));
    assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();

    CountDownLatch secondRan = new CountDownLatch(1);
    Future<?> second = pool.submit(() -> run(filter, "GET", (req, res) -> {
      mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
      secondRan.countDown();
      inside.decrementAndGet();
    }));
    assertThat(secondRan.await(300, TimeUnit.MILLISECONDS)).as("second read queued behind the first").isFalse();

    releaseFirst.countDown();
    assertThat(secondRan.await(5, TimeUnit.SECONDS)).as("second read starts once the first ends").isTrue();
    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    assertThat(mostInside.get()).isEqualTo(1);
  }

  @Test
  void writesAreNotQueued() throws Exception {
    ApiReadAdmission filter = new ApiReadAdmission(1);
    CountDownLatch readInside = new CountDownLatch(1);
    CountDownLatch releaseRead = new CountDownLatch(1);
    Future<?> read = pool.submit(() -> run(filter, "GET", (req, res) -> {
      readInside.countDown();
      await(releaseRead);
    }));
    assertThat(readInside.await(5, TimeUnit.SECONDS)).isTrue();

    CountDownLatch postRan = new CountDownLatch(1);
    pool.submit(() -> run(filter, "POST", (req, res) -> postRan.countDown()));
    assertThat(postRan.await(5, TimeUnit.SECONDS)).isTrue();
    releaseRead.countDown();
    read.get(5, TimeUnit.SECONDS);
  }

  private static Void run(ApiReadAdmission filter, String method, FilterChain chain) throws Exception {
    filter.doFilter(request(method), response(), chain);
    return null;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static HttpServletRequest request(String method) {
    return (HttpServletRequest) Proxy.newProxyInstance(
        ApiReadAdmissionTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
        (proxy, m, args) -> "getMethod".equals(m.getName()) ? method : null);
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse) Proxy.newProxyInstance(
        ApiReadAdmissionTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
        (proxy, m, args) -> null);
  }
}
