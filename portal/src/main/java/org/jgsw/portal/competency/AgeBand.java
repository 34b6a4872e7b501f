package org.jgsw.portal.competency;

/** Age bands of the match filters and the workforce structure; under 35 are the young cadres (年轻干部). */
public enum AgeBand {
  UNDER_35("35 岁以下", 0, 34),
  FROM_35_TO_44("35–44 岁", 35, 44),
  FROM_45_TO_54("45–54 岁", 45, 54),
  FROM_55("55 岁及以上", 55, 200);

  /** The age below which a cadre counts as young (年轻干部). */
  public static final int YOUNG_CADRE_AGE = 35;

  private final String label;
  private final int min;
  private final int max;

  AgeBand(String label, int min, int max) {
    this.label = label;
    this.min = min;
    this.max = max;
  }

  public String label() {
    return label;
  }

  public String getLabel() {
    return label;
  }

  public boolean contains(int age) {
    return age >= min && age <= max;
  }

  public static AgeBand of(int age) {
    for (AgeBand b : values()) {
      if (b.contains(age)) {
        return b;
      }
    }
    return FROM_55;
  }
}
