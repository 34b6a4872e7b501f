package org.jgsw.course.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The server's scoring of one submitted attempt: points earned of the points possible, whether it
 * passed the quiz's pass mark, and which drawn questions were answered correctly.
 */
public record QuizResult(int earnedPoints, int maxPoints, boolean passed, Map<QuestionId, Boolean> correctByQuestion) {

  public QuizResult {
    correctByQuestion = Map.copyOf(correctByQuestion);
  }

  /** The score in percent with one decimal, for example {@code 66.7}. */
  public BigDecimal percent() {
    if (maxPoints == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(earnedPoints * 100L).divide(BigDecimal.valueOf(maxPoints), 1, RoundingMode.HALF_UP);
  }
}
