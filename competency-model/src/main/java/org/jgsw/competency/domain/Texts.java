package org.jgsw.competency.domain;

import java.math.BigDecimal;
import java.util.Collection;
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

  /** A number as people write it: {@code 2} not {@code 2.0}, {@code 1.5} as is. */
  static String plain(double number) {
    if (!Double.isFinite(number)) {
      return String.valueOf(number);
    }
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  /** Stripped, non-blank, de-duplicated strings in their given order; unmodifiable. */
  static Set<String> cleanSet(Collection<String> values) {
    if (values == null) {
      return Set.of();
    }
    return values.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new), java.util.Collections::unmodifiableSet));
  }

  /** “甲” or “甲、乙 之一”, for messages about allowed values. */
  static String oneOf(Set<String> values) {
    String joined = String.join("、", values);
    return values.size() == 1 ? joined : joined + " 之一";
  }
}
