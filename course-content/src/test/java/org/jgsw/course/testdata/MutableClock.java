package org.jgsw.course.testdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand; in Asia/Shanghai. */
public final class MutableClock extends Clock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Instant now;

  public MutableClock(Instant start) {
    this.now = start;
  }

  /** A clock at {@code text} local time, such as {@code 2025-03-01T09:00}. */
  public static MutableClock at(String text) {
    return new MutableClock(java.time.LocalDateTime.parse(text).atZone(ZONE).toInstant());
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
