package org.jgsw.search.api;

import java.util.List;

/**
 * One document found.
 *
 * @param snippets passages of the body (or summary) with {@code <mark>…</mark>} around matches;
 *     everything else is HTML-escaped, so a page may output them unescaped
 * @param clause the chapter, article or clause where the best match is, as written in the text
 *     ({@code 第十二条}, {@code 4.2.1}), or {@code null}
 */
public record SearchHit(
    long id,
    String externalId,
    DocumentKind kind,
    String title,
    String number,
    DocumentStatus status,
    float score,
    List<String> snippets,
    String clause) {

  public SearchHit {
    snippets = snippets == null ? List.of() : List.copyOf(snippets);
  }
}
