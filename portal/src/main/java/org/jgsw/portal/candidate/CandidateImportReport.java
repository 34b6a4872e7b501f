package org.jgsw.portal.candidate;

import java.io.Serializable;
import java.util.List;

/**
 * Outcome of a candidate import: counts, and every rejected row with its reasons in Chinese. Good
 * rows are kept even when others are rejected.
 */
public record CandidateImportReport(int created, int updated, List<Problem> problems) implements Serializable {

  /** A rejected row; {@code row} as Excel numbers it (the header is row 1). */
  public record Problem(int row, String candidateNo, List<String> messages) implements Serializable {

    public String text() {
      return String.join("；", messages);
    }
  }

  public CandidateImportReport {
    problems = List.copyOf(problems);
  }

  public int rejected() {
    return problems.size();
  }

  public String summary() {
    return "created=" + created + ", updated=" + updated + ", rejected=" + rejected();
  }
}
