package org.jgsw.search.api;

/** The kind of a library document; {@link #label()} is the name shown to users and in facets. */
public enum DocumentKind {
  STANDARD("标准"),
  REGULATION("制度法规"),
  CASE("典型案例");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  /** The Chinese name shown in the UI and in search facets. */
  public String label() {
    return label;
  }
}
