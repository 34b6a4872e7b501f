package org.jgsw.competency.domain;

/**
 * A tier of the talent pipeline (层次化人才梯队), from a person's fit to the posts above theirs; see
 * {@link TalentPipeline} for the thresholds.
 */
public enum TalentTier {
  READY_NOW("可立即胜任"),
  READY_1_2_YEARS("1–2 年内可胜任"),
  DEVELOPING("培养中");

  private final String label;

  TalentTier(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
