package org.jgsw.search.api;

/**
 * A completion for what the user is typing.
 *
 * @param text what to show and to search for
 * @param type a domain term, a document title or a document number
 * @param documentId the document for {@link Type#TITLE} and {@link Type#NUMBER}, else {@code null}
 */
public record Suggestion(String text, Type type, Long documentId) {

  public enum Type {
    TERM,
    TITLE,
    NUMBER
  }
}
