package org.jgsw.search.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A library document as the portal hands it to the index: a standard, a regulation or a typical
 * case. The portal maps its own entities to this record; the index never sees them.
 *
 * @param id the portal's database id; indexing the same id again replaces the earlier version
 * @param externalId the id used by imports (JSON Lines {@code externalId}); may be {@code null}
 * @param number standard number ({@code DB51/T 2500-2018}) or 文号 ({@code 国办发〔2017〕71号}), or
 *     {@code null}
 * @param region 全国, a province or a city
 * @param domains business domains (公务用车, 办公用房 …), several allowed
 * @param effectiveOn {@code null} means in force from {@code issuedOn}
 * @param repealedOn {@code null} while not repealed
 * @param replacedById the id of the document that replaces this one, or {@code null}
 * @param body the full text; chapters (第一章), articles (第一条) and numbered clauses (4.2.1) at the
 *     start of a line are recognised so a hit can report its clause
 */
public record IndexableDocument(
    long id,
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
    List<String> tags,
    String summary,
    String body,
    Instant updatedAt) {

  public IndexableDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(title, "title");
    domains = domains == null ? List.of() : List.copyOf(domains);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The year shown in the year facet: the year of issue, else of taking effect, else none. */
  public Integer year() {
    if (issuedOn != null) {
      return issuedOn.getYear();
    }
    return effectiveOn == null ? null : effectiveOn.getYear();
  }
}
