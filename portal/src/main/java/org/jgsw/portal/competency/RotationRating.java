package org.jgsw.portal.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The host unit's rating (1–5) of one competency of the person it received. */
@Embeddable
public class RotationRating implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "competency_code")
  private String competencyCode;

  @Column(name = "level_value")
  private int level;

  protected RotationRating() {}

  public RotationRating(String competencyCode, int level) {
    this.competencyCode = competencyCode;
    this.level = level;
  }

  public String getCompetencyCode() {
    return competencyCode;
  }

  public int getLevel() {
    return level;
  }
}
