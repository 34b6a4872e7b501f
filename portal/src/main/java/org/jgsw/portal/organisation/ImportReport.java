package org.jgsw.portal.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * Outcome of one people import: how many people were created and updated, and the rows that were
 * rejected with their reasons. Good rows are kept even when other rows are rejected.
 */
public record ImportReport(int created, int updated, List<ImportProblem> problems) implements Serializable {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  public int rejected() {
    return problems.size();
  }

  /** For the audit log: counts only, no personal data. */
  public String summary() {
    return "created=" + created + ", updated=" + updated + ", rejected=" + rejected();
  }
}
