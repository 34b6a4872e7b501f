package org.jgsw.course.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The result of checking an offline-training import: the rows that are good, ready to record, and a
 * problem list for the others (a row with problems is not in {@link #valid()}).
 */
public record OfflineImportCheck(List<ValidRow> valid, List<RowProblem> problems) {

  public OfflineImportCheck {
    valid = List.copyOf(valid);
    problems = List.copyOf(problems);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** A row that passed every check, with its values parsed. */
  public record ValidRow(int rowNumber, String personIdentifier, String className, LocalDate start, LocalDate end, CreditHours hours) {

    public int days() {
      return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The credit this row gives to {@code personId} (the person the identifier resolved to). */
    public CreditEntry creditEntry(String personId) {
      return new CreditEntry(personId, CreditKind.CONCENTRATED, end, hours, days(), className,
          OfflineTraining.sourceRefOf(className, start, end));
    }
  }
}
