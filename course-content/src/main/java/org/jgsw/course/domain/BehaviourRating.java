package org.jgsw.course.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** A supervisor's completed Level-3 rating: who rated, when, the level per competency and a comment. */
public record BehaviourRating(String rater, LocalDate ratedOn, List<CompetencyRating> ratings, String comment) {

  public BehaviourRating {
    ratings = List.copyOf(ratings);
  }

  /** The mean level, two decimals. */
  public BigDecimal average() {
    int sum = ratings.stream().mapToInt(CompetencyRating::level).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
  }
}
