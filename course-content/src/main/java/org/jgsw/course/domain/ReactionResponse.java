package org.jgsw.course.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/** A Level-1 (reaction) response: item scores 1–5 and a comment. Made by {@link Questionnaire#respond}. */
public record ReactionResponse(String personId, CourseId course, Map<String, Integer> scores, String comment, LocalDate date) {

  public ReactionResponse {
    scores = Map.copyOf(scores);
  }

  /** The mean of the item scores, two decimals. */
  public BigDecimal average() {
    int sum = scores.values().stream().mapToInt(Integer::intValue).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
  }
}
