package org.jgsw.portal.library;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;

/**
 * What an editor, a JSON Lines import or the demo data gives for a document: everything except the
 * bookkeeping (id, history, file). Strings are stripped, blank ones become {@code null}; lists lose
 * blanks and duplicates.
 *
 * @param replacedById the replacement by database id (forms), or
 * @param replacedByExternalId the replacement by external id (imports)
 */
public record DocumentInput(
    String externalId,
    DocumentKind kind,
    String title,
    String number,
    String issuer,
    String region,
    List<String> domains,
    DocumentStatus status,
    LocalDate issuedOn,
    LocalDate effectiveOn,
    LocalDate repealedOn,
    Long replacedById,
    String replacedByExternalId,
    List<String> tags,
    String summary,
    String body) {

  public DocumentInput {
    externalId = clean(externalId);
    title = clean(title);
    number = clean(number);
    issuer = clean(issuer);
    region = clean(region);
    replacedByExternalId = clean(replacedByExternalId);
    summary = clean(summary);
    body = body == null || body.isBlank() ? null : body.replace("\r\n", "\n").strip();
    domains = cleanList(domains);
    tags = cleanList(tags);
  }

  public DocumentInput withBody(String value) {
    return new DocumentInput(externalId, kind, title, number, issuer, region, domains, status, issuedOn, effectiveOn, repealedOn,
        replacedById, replacedByExternalId, tags, summary, value);
  }

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static List<String> cleanList(List<String> values) {
    if (values == null) {
      return List.of();
    }
    LinkedHashSet<String> set = new LinkedHashSet<>();
    for (String v : values) {
      String c = clean(v);
      if (c != null) {
        set.add(c);
      }
    }
    return List.copyOf(set);
  }
}
