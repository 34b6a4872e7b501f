package org.jgsw.competency.domain;

/**
 * The life of one post model version: a {@link #DRAFT} may still be edited; once {@link #PUBLISHED}
 * it is in use (matches and gaps refer to it) and never changes again; {@link #ARCHIVED} versions are
 * kept so old matches stay explainable.
 */
public enum ModelStatus {
  DRAFT("草稿"),
  PUBLISHED("已发布"),
  ARCHIVED("已归档");

  private final String label;

  ModelStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
