package org.jgsw.search.api;

/** Whether a library document is in force; {@link #label()} is the name shown to users. */
public enum DocumentStatus {
  CURRENT("现行有效"),
  REPEALED("已废止"),
  /** Published but not yet in force. */
  UPCOMING("即将实施");

  private final String label;

  DocumentStatus(String label) {
    this.label = label;
  }

  /** The Chinese name shown in the UI and in search facets. */
  public String label() {
    return label;
  }
}
