package org.jgsw.competency.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides a person's current level of a competency from all its ratings, without silently
 * overwriting any of them.
 *
 * <ol>
 *   <li>If there is verified evidence (every source except self-assessment), only verified evidence
 *       counts. It is read in date order:
 *       <ul>
 *         <li>an assessment/exam, interview, supervisor rating or rotation/secondment rating measures
 *             the level at that date — the latest one sets the level, up or down;
 *         <li>completed training (already capped at the course's level) and a certificate only prove
 *             “at least this level” — they may raise the level, never lower it;
 *         <li>ratings of the same date are read measured-first and, among measured ones, highest
 *             first, so that conflicting ratings of one day end at the lower one.
 *       </ul>
 *       The level is proven.
 *   <li>Self-assessments are ignored while verified evidence exists, so a self-assessment never
 *       lifts a level above a verified one.
 *   <li>With only self-assessments, the latest one is shown (the lower on the same day), marked
 *       unproven.
 *   <li>Without any evidence there is no level (shown as missing; it counts as 0 in matching).
 * </ol>
 *
 * The evidence that set the level is {@link AssessedLevel#evidence()}; all others are kept in
 * {@link AssessedLevel#otherEvidence()} for the page. {@link #STATEMENT} says the same in Chinese.
 */
public final class CurrentLevelRule {

  /** The rule as shown on the profile and matching pages. */
  public static final String STATEMENT =
      "当前等级判定规则：有已核实佐证（自评以外的来源）时只看已核实佐证，按日期先后——测评/考试、面试、上级评价、轮岗/挂职评定"
          + "以最近一次为准（可升可降）；培训结业（不超过课程训练等级）和证书只证明“至少达到”该等级，只升不降；"
          + "同一天的评定不一致时取较低者。自评不会使等级高于已核实的等级；只有自评时显示最近一次自评的等级，并标记为“未证实”。"
          + "被取代的评定不会删除，仍在页面上列出。";

  /** Date order; on one day measured before minimum-only, and higher before lower among measured. */
  private static final Comparator<Evidence> READING_ORDER =
      Comparator.comparing(Evidence::date)
          .thenComparing(e -> e.source().attestsMinimumOnly())
          .thenComparing(e -> e.level().value(), Comparator.reverseOrder());

  private CurrentLevelRule() {}

  /** The current level from the ratings of one competency; empty when there are none. */
  public static Optional<AssessedLevel> decide(Collection<Evidence> ratings) {
    if (ratings.isEmpty()) {
      return Optional.empty();
    }
    if (ratings.stream().map(Evidence::competency).distinct().count() > 1) {
      throw new IllegalArgumentException("只能对同一项能力的评定判定当前等级");
    }
    List<Evidence> verified = ratings.stream().filter(Evidence::verified).sorted(READING_ORDER).toList();
    Evidence decisive =
        verified.isEmpty()
            ? ratings.stream().sorted(READING_ORDER).reduce((earlier, later) -> later).orElseThrow()
            : fold(verified);
    List<Evidence> others = new ArrayList<>(ratings);
    others.remove(decisive);
    others.sort(READING_ORDER.reversed());
    return Optional.of(AssessedLevel.from(decisive, others));
  }

  /** The current level of every competency in {@code ratings} (of one person). */
  public static Map<CompetencyCode, AssessedLevel> decideAll(Collection<Evidence> ratings) {
    Map<CompetencyCode, List<Evidence>> byCompetency =
        ratings.stream().collect(Collectors.groupingBy(Evidence::competency, LinkedHashMap::new, Collectors.toList()));
    Map<CompetencyCode, AssessedLevel> levels = new LinkedHashMap<>();
    byCompetency.forEach((code, list) -> decide(list).ifPresent(level -> levels.put(code, level)));
    return levels;
  }

  private static Evidence fold(List<Evidence> verifiedInReadingOrder) {
    Evidence decisive = null;
    for (Evidence e : verifiedInReadingOrder) {
      if (decisive == null
          || !e.source().attestsMinimumOnly()
          || e.level().value() > decisive.level().value()) {
        decisive = e;
      }
    }
    return decisive;
  }
}
