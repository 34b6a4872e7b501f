package org.jgsw.portal.adapter.learningpath;

import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.Gap;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.course.domain.SkillGap;

/**
 * One competency in which people of a unit or post fall short of their post models: how many, by how
 * many levels on average, and the span from the lowest current level to the highest required one.
 */
public record GroupGap(String competencyCode, String competency, int people, double averageGap, int lowestLevel, int requiredLevel)
    implements Serializable {

  /**
   * In course-content's terms, for proposing courses: the span of levels, weighted by the number of
   * people, so that the courses for gaps many people share come first.
   */
  public SkillGap asSkillGap() {
    return new SkillGap(competencyCode, competency, lowestLevel, requiredLevel, people);
  }

  /** The average gap with one decimal, as the page shows it. */
  public String averageGapText() {
    return String.format(java.util.Locale.ROOT, "%.1f", averageGap);
  }

  /** Most people first, then the larger average gap, then code, so the order is stable. */
  public static final Comparator<GroupGap> ORDER = Comparator.comparingInt(GroupGap::people).reversed()
      .thenComparing(GroupGap::averageGap, Comparator.reverseOrder())
      .thenComparing(GroupGap::competencyCode);

  /** The gaps of many people (each against their own post model), totalled by competency, in {@link #ORDER}. */
  public static List<GroupGap> totals(Collection<GapReport> reports) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (GapReport r : reports) {
      for (Gap g : r.gaps()) {
        tallies.computeIfAbsent(g.competency().value(), code -> new Tally(code, g.name())).add(g);
      }
    }
    return tallies.values().stream().map(Tally::toGroupGap).sorted(ORDER).toList();
  }

  /** Counts one competency's gaps over people. */
  private static final class Tally {
    private final String code;
    private final String name;
    private int people;
    private int levels;
    private int lowest = Integer.MAX_VALUE;
    private int required;

    Tally(String code, String name) {
      this.code = code;
      this.name = name;
    }

    void add(Gap g) {
      people++;
      levels += g.size();
      lowest = Math.min(lowest, g.current());
      required = Math.max(required, g.required());
    }

    GroupGap toGroupGap() {
      return new GroupGap(code, name, people, (double) levels / people, lowest, required);
    }
  }
}
