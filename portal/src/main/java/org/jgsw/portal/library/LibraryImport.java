package org.jgsw.portal.library;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON Lines import: one document per line, {@code externalId} makes a re-import an update.
 * Lines are stored in batches, each its own transaction, so a stop in the middle keeps every batch
 * already committed (and the index catches up on restart from the change log); a line that breaks
 * a rule is reported with its number and the rest are kept.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LibraryImport {

  private static final Logger LOG = Logger.getLogger(LibraryImport.class.getName());
  static final int BATCH = 200;

  @Inject LibraryService service;

  public LibraryImportReport importJsonLines(String actor, Reader source, Locale locale) {
    int created = 0;
    int updated = 0;
    List<LibraryImportReport.Problem> problems = new ArrayList<>();
    List<LibraryService.NumberedInput> batch = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(source)) {
      int number = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        if (line.length() > LibraryJsonLines.MAX_LINE_CHARS) {
          problems.add(new LibraryImportReport.Problem(number, null, LibraryProblem.of("line", "problem.line.tooLong").message(locale)));
          continue;
        }
        LibraryJsonLines.Parsed parsed = LibraryJsonLines.parse(line);
        if (!parsed.ok()) {
          problems.add(new LibraryImportReport.Problem(number, LibraryJsonLines.externalIdOf(line),
              LibraryProblem.messages(parsed.problems(), locale)));
          continue;
        }
        batch.add(new LibraryService.NumberedInput(number, parsed.input()));
        if (batch.size() >= BATCH) {
          int[] cu = store(actor, batch, problems, locale);
          created += cu[0];
          updated += cu[1];
          batch.clear();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!batch.isEmpty()) {
      int[] cu = store(actor, batch, problems, locale);
      created += cu[0];
      updated += cu[1];
    }
    problems.sort(java.util.Comparator.comparingInt(LibraryImportReport.Problem::line));
    return new LibraryImportReport(created, updated, problems.size(), problems);
  }

  private int[] store(String actor, List<LibraryService.NumberedInput> batch, List<LibraryImportReport.Problem> problems, Locale locale) {
    try {
      LibraryService.BatchOutcome outcome = service.importBatch(actor, List.copyOf(batch), locale);
      problems.addAll(outcome.problems());
      return new int[] {outcome.created(), outcome.updated()};
    } catch (EJBException e) {
      if (batch.size() == 1) {
        LOG.log(Level.WARNING, "Import line " + batch.get(0).line() + " could not be stored", e);
        problems.add(new LibraryImportReport.Problem(batch.get(0).line(), batch.get(0).input().externalId(),
            LibraryProblem.of("line", "problem.storage").message(locale)));
        return new int[] {0, 0};
      }
      // one line broke the batch at the database: store the lines one by one to find it
      int[] total = {0, 0};
      for (LibraryService.NumberedInput single : batch) {
        int[] cu = store(actor, List.of(single), problems, locale);
        total[0] += cu[0];
        total[1] += cu[1];
      }
      return total;
    }
  }
}
