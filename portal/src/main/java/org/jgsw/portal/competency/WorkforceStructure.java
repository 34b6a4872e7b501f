package org.jgsw.portal.competency;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The structure of a unit's workforce (its units below included): distributions of age, education,
 * major family and entry channel, the young-cadre ratio, the most common gaps against the post
 * models, and the units below for drill-down (province → city → county).
 */
public record WorkforceStructure(
    Long unitId,
    String unitName,
    int total,
    int young,
    Map<String, Integer> byAge,
    Map<String, Integer> byEducation,
    Map<String, Integer> byMajorFamily,
    Map<String, Integer> byChannel,
    int withModel,
    int majorMismatch,
    List<GapCount> commonGaps,
    List<SubUnit> subUnits,
    long millis) implements Serializable {

  /** Share of people under 35 (年轻干部占比), 0 when there is nobody. */
  public double youngRatio() {
    return total == 0 ? 0 : (double) young / total;
  }

  /** A competency in which many people fall short of their post model. */
  public record GapCount(String code, String name, int people, double averageGap) implements Serializable {}

  /** A unit directly below, with its headcount and young-cadre ratio (its own units below included). */
  public record SubUnit(long id, String name, String kind, int total, int young) implements Serializable {
    public double youngRatio() {
      return total == 0 ? 0 : (double) young / total;
    }
  }
}
