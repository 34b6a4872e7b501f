package org.jgsw.course.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of the training reports, as pure functions over lists, so that the report pages, the
 * Excel export and the cockpit compute them the same way. The caller selects the rows (a course, a
 * plan, a unit, a person); {@link #FORMULAS} states the formulas shown under each report.
 */
public final class TrainingReports {

  public static final String FORMULAS =
      "统计口径：完成率 = 已完成指派数 ÷ 指派总数（不含已离开培训对象人员的指派）；逾期数 = 状态为“已逾期”的指派数；"
          + "一级评价平均分 = 各份问卷平均分的平均值；二级通过率 = 课后测验至少通过一次的人数 ÷ 参加课后测验的人数；"
          + "二级提升 = 同时参加课前测和课后测的人员，课后测最高得分率减课前测首次得分率的平均值（百分点）；"
          + "三级平均分 = 上级评定的全部能力等级的平均值；四级指标变化 = 培训后数值 − 培训前数值。";

  private TrainingReports() {}

  /** Completed of all: pass the statuses of active assignments. */
  public static Ratio completionRate(Collection<AssignmentStatus> statuses) {
    long done = statuses.stream().filter(s -> s == AssignmentStatus.COMPLETED).count();
    return Ratio.of(done, statuses.size());
  }

  public static long overdueCount(Collection<AssignmentStatus> statuses) {
    return statuses.stream().filter(s -> s == AssignmentStatus.OVERDUE).count();
  }

  /** How many assignments are in each status, every status present (possibly 0). */
  public static Map<AssignmentStatus, Long> countByStatus(Collection<AssignmentStatus> statuses) {
    Map<AssignmentStatus, Long> counts = new java.util.EnumMap<>(AssignmentStatus.class);
    for (AssignmentStatus s : AssignmentStatus.values()) {
      counts.put(s, statuses.stream().filter(x -> x == s).count());
    }
    return counts;
  }

  /** The mean of the responses' averages, two decimals; empty without responses. */
  public static Optional<BigDecimal> averageL1(Collection<ReactionResponse> responses) {
    return mean(responses.stream().map(ReactionResponse::average).toList());
  }

  /** People with a passed post-test attempt, of people with any post-test attempt. */
  public static Ratio l2PassRate(Collection<Attempt> postTestAttempts) {
    Set<String> tried = new HashSet<>();
    Set<String> passed = new HashSet<>();
    for (Attempt a : postTestAttempts) {
      tried.add(a.personId());
      if (a.passed()) {
        passed.add(a.personId());
      }
    }
    return Ratio.of(passed.size(), tried.size());
  }

  /**
   * The mean gain in percentage points, over people with a submitted pre-test and a submitted
   * post-test: best post-test percent − first pre-test percent. Empty when nobody has both.
   */
  public static Optional<BigDecimal> l2Gain(Collection<Attempt> preTestAttempts, Collection<Attempt> postTestAttempts) {
    Map<String, BigDecimal> firstPre = preTestAttempts.stream().filter(Attempt::isSubmitted)
        .collect(Collectors.groupingBy(Attempt::personId, Collectors.collectingAndThen(
            Collectors.minBy(Comparator.comparing((Attempt a) -> a.id().number())),
            a -> a.orElseThrow().result().orElseThrow().percent())));
    Map<String, BigDecimal> bestPost = postTestAttempts.stream().filter(Attempt::isSubmitted)
        .collect(Collectors.toMap(Attempt::personId, a -> a.result().orElseThrow().percent(), BigDecimal::max));
    List<BigDecimal> gains = bestPost.entrySet().stream()
        .filter(e -> firstPre.containsKey(e.getKey()))
        .map(e -> e.getValue().subtract(firstPre.get(e.getKey())))
        .toList();
    return mean(gains);
  }

  /** The mean of every competency level rated, two decimals; empty without ratings. */
  public static Optional<BigDecimal> l3Average(Collection<BehaviourRating> ratings) {
    List<BigDecimal> levels = ratings.stream().flatMap(r -> r.ratings().stream())
        .map(r -> BigDecimal.valueOf(r.level())).toList();
    return mean(levels);
  }

  private static Optional<BigDecimal> mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
  }
}
