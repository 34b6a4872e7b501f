package org.jgsw.portal.competency;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rating that cannot be recorded, with every problem as a key of the competency bundle
 * ({@code rating.error.*}), so that pages show them in the user's language and the API in Chinese.
 */
@ApplicationException(rollback = true)
public class InvalidRatingException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidRatingException(List<String> problems) {
    super(String.join(", ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
