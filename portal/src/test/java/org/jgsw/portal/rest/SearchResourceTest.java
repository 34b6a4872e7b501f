package org.jgsw.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SearchResourceTest {

  @Test
  void serverTimingGivesMillisecondsWithThreeDecimals() {
    assertEquals("search;dur=0.000", SearchResource.serverTiming(0));
    assertEquals("search;dur=0.001", SearchResource.serverTiming(1_000));
    assertEquals("search;dur=0.001", SearchResource.serverTiming(500)); // rounded to the nearest microsecond
    assertEquals("search;dur=0.012", SearchResource.serverTiming(12_345));
    assertEquals("search;dur=1.234", SearchResource.serverTiming(1_234_499));
    assertEquals("search;dur=2.000", SearchResource.serverTiming(1_999_600));
    assertEquals("search;dur=17.050", SearchResource.serverTiming(17_050_000));
  }

  @Test
  void serverTimingReadsAsFormatWouldWriteIt() {
    for (long nanos = 0; nanos < 50_000_000; nanos += 791_937) {
      long micros = (nanos + 500) / 1000;
      assertEquals(String.format(Locale.ROOT, "search;dur=%d.%03d", micros / 1000, micros % 1000), SearchResource.serverTiming(nanos));
    }
  }
}
