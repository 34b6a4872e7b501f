package org.jgsw.portal.competency;

/** 轮岗 (rotation to another post) or 挂职 (secondment to another unit), as the glossary names them. */
public enum RotationKind {
  ROTATION("轮岗"),
  SECONDMENT("挂职");

  private final String label;

  RotationKind(String label) {
    this.label = label;
  }

  /** The Chinese name, used in the evidence detail (“挂职：芜湖市机关事务管理局”). */
  public String label() {
    return label;
  }
}
