package org.jgsw.course.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Small text helpers shared by the domain's validation and messages. */
final class Texts {

  private Texts() {}

  /** The stripped text, or an {@link IllegalArgumentException} with {@code message} if blank. */
  static String required(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(message);
    }
    return text.strip();
  }

  /** The stripped text, or {@code ""} for null. */
  static String optional(String text) {
    return text == null ? "" : text.strip();
  }

  /** Stripped, non-blank, de-duplicated strings in their given order; unmodifiable. */
  static Set<String> cleanSet(Collection<String> values) {
    if (values == null) {
      return Set.of();
    }
    return values.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .collect(Collectors.collectingAndThen(
            Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
  }
}
