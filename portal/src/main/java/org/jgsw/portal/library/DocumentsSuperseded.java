package org.jgsw.portal.library;

import java.util.List;
import org.jgsw.search.api.DocumentStatus;

/**
 * Fired inside the transaction that repealed documents, gave them a (new) replacement or deleted
 * them, on every write path (form, REST, JSON Lines import); observed after a successful commit by
 * whoever relies on those documents — the courses citing them — so that they learn at once.
 */
public record DocumentsSuperseded(List<Long> documentIds) {

  public DocumentsSuperseded {
    documentIds = List.copyOf(documentIds);
  }

  /** Whether writing {@code after} over {@code before} supersedes the document. */
  static boolean supersedes(DocumentStatus statusBefore, Long replacementBefore,
      DocumentStatus statusAfter, Long replacementAfter) {
    boolean repealedNow = statusAfter == DocumentStatus.REPEALED
        && statusBefore != DocumentStatus.REPEALED;
    boolean newReplacement = replacementAfter != null && !replacementAfter.equals(replacementBefore);
    return repealedNow || newReplacement;
  }
}
