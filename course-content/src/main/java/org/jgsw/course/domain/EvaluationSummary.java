package org.jgsw.course.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The figures of one row of a training report — a course, a plan, a unit or a person: completion of
 * the active assignments (L0), the average course rating (L1), the post-test pass rate and the
 * pre-test/post-test gain (L2) and the average supervisor rating (L3). Computed by {@link
 * TrainingReports}, so every report and its Excel export state the same numbers; averages are
 * {@code null} when there is nothing to average (shown as “—”).
 */
public record EvaluationSummary(
    long assigned, long completed, long inProgress, long notStarted, long overdue, Ratio completion,
    BigDecimal l1Average, long l1Responses,
    Ratio l2PassRate, BigDecimal l2Gain, long l2GainPeople,
    BigDecimal l3Average, long l3Ratings) {

  /** The figures of a group from its rows: assignment statuses, L1 responses, pre- and post-test attempts, L3 ratings. */
  public static EvaluationSummary of(
      Collection<AssignmentStatus> statuses, Collection<ReactionResponse> reactions, Collection<Attempt> preTests,
      Collection<Attempt> postTests, Collection<BehaviourRating> ratings) {
    Map<AssignmentStatus, Long> counts = TrainingReports.countByStatus(statuses);
    long gainPeople = preTests.stream().filter(Attempt::isSubmitted).map(Attempt::personId).distinct()
        .filter(p -> postTests.stream().anyMatch(a -> a.isSubmitted() && a.personId().equals(p))).count();
    return new EvaluationSummary(statuses.size(), counts.get(AssignmentStatus.COMPLETED), counts.get(AssignmentStatus.IN_PROGRESS),
        counts.get(AssignmentStatus.NOT_STARTED), counts.get(AssignmentStatus.OVERDUE), TrainingReports.completionRate(statuses),
        TrainingReports.averageL1(reactions).orElse(null), reactions.size(),
        TrainingReports.l2PassRate(postTests), TrainingReports.l2Gain(preTests, postTests).orElse(null), gainPeople,
        TrainingReports.l3Average(ratings).orElse(null), ratings.stream().mapToLong(r -> r.ratings().size()).sum());
  }

  /** The completion rate in percent, one decimal (0.0 without assignments). */
  public BigDecimal completionPercent() {
    return completion.percent();
  }

  /** The pass rate in percent, or {@code null} when nobody took the post-test. */
  public BigDecimal l2PassPercent() {
    return l2PassRate.isEmpty() ? null : l2PassRate.percent();
  }
}
