package org.jgsw.portal.library;

import java.util.List;

/** The outcome of a JSON Lines import: good lines are stored even when others are rejected. */
public record LibraryImportReport(int created, int updated, int rejected, List<Problem> problems) {

  /** A rejected line: its number (the first line is 1), its externalId if readable, the reasons. */
  public record Problem(int line, String externalId, String message) {}
}
