package org.jgsw.competency.domain;

/**
 * Where a rating of a person's competency comes from (佐证来源).
 *
 * <p>Every source except {@link #SELF_ASSESSMENT} is <em>verified</em>: someone other than the person
 * observed or tested the level. {@link #TRAINING} and {@link #CERTIFICATE} only <em>attest a
 * minimum</em> (“has reached at least this level”), while the other verified sources measure the
 * level at the time; see {@link CurrentLevelRule}.
 */
public enum EvidenceSource {
  ASSESSMENT("测评/考试"),
  INTERVIEW("面试"),
  SUPERVISOR_RATING("上级评价"),
  TRAINING("培训佐证"),
  ROTATION("轮岗/挂职"),
  CERTIFICATE("证书"),
  SELF_ASSESSMENT("自评");

  private final String label;

  EvidenceSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether a rating from this source counts as proof; only self-assessment does not. */
  public boolean isVerified() {
    return this != SELF_ASSESSMENT;
  }

  /** Whether this source only proves “at least this level” and so never lowers a level. */
  public boolean attestsMinimumOnly() {
    return this == TRAINING || this == CERTIFICATE;
  }
}
