package org.jgsw.competency.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the competency gaps of a group of people moved over time (for the cockpit's 能力差距变化):
 * at each date, every person's levels are decided by the {@link CurrentLevelRule} from the evidence
 * dated on or before that date — what was known then — and compared with their post model by {@link
 * PostModel#gapsOf}, the same rule and comparison as today's gap view. Per competency it counts the
 * people with a gap, their summed gap (levels) and summed gap × weight.
 */
public final class GapTrend {

  /** A person, the model of their post and all their evidence (any date). */
  public record Member(String personId, PostModel model, Collection<Evidence> evidence) {
    public Member {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(model, "model");
      evidence = List.copyOf(evidence);
    }
  }

  /** One competency's gaps at one date, over the group. */
  public record CompetencyGap(CompetencyCode competency, String name, int people, int levelsMissing, double weightedGap) {

    /** Average gap in levels of those with a gap. */
    public double averageGap() {
      return people == 0 ? 0 : (double) levelsMissing / people;
    }

    /** Average gap × weight of those with a gap: the order in which the cockpit lists the largest gaps. */
    public double averageWeightedGap() {
      return people == 0 ? 0 : weightedGap / people;
    }

    CompetencyGap plus(Gap g) {
      return new CompetencyGap(competency, name, people + 1, levelsMissing + g.size(), weightedGap + g.priority());
    }
  }

  /** Largest average gap × weight first, then more people, then code: a stable order. */
  public static final Comparator<CompetencyGap> LARGEST_FIRST =
      Comparator.comparingDouble(CompetencyGap::averageWeightedGap).reversed()
          .thenComparing(CompetencyGap::people, Comparator.reverseOrder())
          .thenComparing(g -> g.competency().value());

  private GapTrend() {}

  /** The gaps of the group as known at {@code asOf}, largest first. */
  public static List<CompetencyGap> at(Collection<Member> members, LocalDate asOf) {
    Map<CompetencyCode, CompetencyGap> byCompetency = new LinkedHashMap<>();
    for (Member m : members) {
      List<Evidence> known = m.evidence().stream().filter(e -> !e.date().isAfter(asOf)).toList();
      for (Gap g : m.model().gapsOf(m.personId(), CurrentLevelRule.decideAll(known)).gaps()) {
        CompetencyGap sofar = byCompetency.getOrDefault(g.competency(), new CompetencyGap(g.competency(), g.name(), 0, 0, 0));
        byCompetency.put(g.competency(), sofar.plus(g));
      }
    }
    List<CompetencyGap> list = new ArrayList<>(byCompetency.values());
    list.sort(LARGEST_FIRST);
    return list;
  }

  /** The gaps at each date, in the order of {@code dates}. */
  public static Map<LocalDate, List<CompetencyGap>> over(Collection<Member> members, List<LocalDate> dates) {
    Map<LocalDate, List<CompetencyGap>> trend = new LinkedHashMap<>();
    dates.forEach(d -> trend.put(d, at(members, d)));
    return trend;
  }

  /**
   * The last day of each of the {@code count} quarters ending with the quarter of {@code today},
   * oldest first: for 2026-11-27 and 4, 2026-03-31, 2026-06-30, 2026-09-30 and 2026-12-31. The
   * current quarter's end is after today, so it counts all evidence known now.
   */
  public static List<LocalDate> quarterEnds(LocalDate today, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("季度数必须大于 0");
    }
    LocalDate currentEnd = quarterEnd(today);
    List<LocalDate> ends = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      ends.add(quarterEnd(currentEnd.minusMonths(3L * i).withDayOfMonth(1)));
    }
    return ends;
  }

  /** A quarter's name as the cockpit shows it, e.g. {@code 2026Q4}. */
  public static String quarterName(LocalDate day) {
    return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  private static LocalDate quarterEnd(LocalDate day) {
    int lastMonth = ((day.getMonthValue() - 1) / 3 + 1) * 3;
    LocalDate first = LocalDate.of(day.getYear(), lastMonth, 1);
    return first.withDayOfMonth(first.lengthOfMonth());
  }
}
