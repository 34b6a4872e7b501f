package org.jgsw.course.application;

import java.time.ZoneId;
import java.util.Objects;
import org.jgsw.course.domain.BehaviourRatingPolicy;
import org.jgsw.course.domain.CompletionRule;
import org.jgsw.course.domain.CreditPolicy;
import org.jgsw.course.domain.TimeRecordingRule;

/**
 * The configurable learning rules in one place (the portal fills it from MicroProfile Config), and
 * the bureau's time zone, which decides on which day (and year) something was completed.
 */
public record LearningSettings(
    CompletionRule completionRule, TimeRecordingRule timeRecording, BehaviourRatingPolicy behaviourRating,
    CreditPolicy creditPolicy, ZoneId zone) {

  public static final LearningSettings STANDARD = new LearningSettings(
      CompletionRule.STANDARD, TimeRecordingRule.STANDARD, BehaviourRatingPolicy.STANDARD, CreditPolicy.STANDARD,
      ZoneId.of("Asia/Shanghai"));

  public LearningSettings {
    Objects.requireNonNull(completionRule, "completionRule");
    Objects.requireNonNull(timeRecording, "timeRecording");
    Objects.requireNonNull(behaviourRating, "behaviourRating");
    Objects.requireNonNull(creditPolicy, "creditPolicy");
    Objects.requireNonNull(zone, "zone");
  }
}
