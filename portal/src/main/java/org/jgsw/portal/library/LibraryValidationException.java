package org.jgsw.portal.library;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A document was refused; nothing was written. */
@ApplicationException(rollback = true)
public class LibraryValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient List<LibraryProblem> problems;

  public LibraryValidationException(List<LibraryProblem> problems) {
    super(problems.stream().map(LibraryProblem::key).collect(Collectors.joining(", ")));
    this.problems = List.copyOf(problems);
  }

  public List<LibraryProblem> problems() {
    return problems;
  }

  public String message(Locale locale) {
    return LibraryProblem.messages(problems, locale);
  }
}
