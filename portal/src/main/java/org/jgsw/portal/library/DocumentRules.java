package org.jgsw.portal.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jgsw.search.api.DocumentStatus;

/** The rules a document must follow before it is stored, without a container (unit-tested). */
public final class DocumentRules {

  public static final int MAX_TITLE = 300;
  public static final int MAX_NUMBER = 100;
  public static final int MAX_ISSUER = 200;
  public static final int MAX_REGION = 60;
  public static final int MAX_TAG = 60;
  public static final int MAX_SUMMARY = 5_000;
  /** About 1,500 pages of Chinese text. */
  public static final int MAX_BODY = 2_000_000;
  private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");

  private DocumentRules() {}

  public static List<LibraryProblem> check(DocumentInput in, Collection<String> knownDomains) {
    List<LibraryProblem> problems = new ArrayList<>();
    if (in.title() == null) {
      problems.add(LibraryProblem.of("title", "problem.title.required"));
    } else if (in.title().length() > MAX_TITLE) {
      problems.add(LibraryProblem.of("title", "problem.tooLong", "title", MAX_TITLE));
    }
    if (in.kind() == null) {
      problems.add(LibraryProblem.of("kind", "problem.kind.required"));
    }
    if (in.status() == null) {
      problems.add(LibraryProblem.of("status", "problem.status.required"));
    }
    if (in.region() == null) {
      problems.add(LibraryProblem.of("region", "problem.region.required"));
    } else if (in.region().length() > MAX_REGION) {
      problems.add(LibraryProblem.of("region", "problem.tooLong", "region", MAX_REGION));
    }
    if (in.externalId() != null && !EXTERNAL_ID.matcher(in.externalId()).matches()) {
      problems.add(LibraryProblem.of("externalId", "problem.externalId.pattern"));
    }
    if (in.number() != null && in.number().length() > MAX_NUMBER) {
      problems.add(LibraryProblem.of("number", "problem.tooLong", "number", MAX_NUMBER));
    }
    if (in.issuer() != null && in.issuer().length() > MAX_ISSUER) {
      problems.add(LibraryProblem.of("issuer", "problem.tooLong", "issuer", MAX_ISSUER));
    }
    if (in.summary() != null && in.summary().length() > MAX_SUMMARY) {
      problems.add(LibraryProblem.of("summary", "problem.tooLong", "summary", MAX_SUMMARY));
    }
    if (in.body() != null && in.body().length() > MAX_BODY) {
      problems.add(LibraryProblem.of("body", "problem.tooLong", "body", MAX_BODY));
    }
    for (String tag : in.tags()) {
      if (tag.length() > MAX_TAG) {
        problems.add(LibraryProblem.of("tags", "problem.tooLong", "tags", MAX_TAG));
        break;
      }
    }
    for (String domain : in.domains()) {
      if (!knownDomains.contains(domain)) {
        problems.add(LibraryProblem.of("domains", "problem.domain.unknown", domain));
      }
    }
    if (in.issuedOn() != null && in.effectiveOn() != null && in.effectiveOn().isBefore(in.issuedOn())) {
      problems.add(LibraryProblem.of("effectiveOn", "problem.effectiveBeforeIssued"));
    }
    if (in.repealedOn() != null) {
      java.time.LocalDate from = in.effectiveOn() != null ? in.effectiveOn() : in.issuedOn();
      if (from != null && in.repealedOn().isBefore(from)) {
        problems.add(LibraryProblem.of("repealedOn", "problem.repealedBeforeEffective"));
      }
    }
    if (in.status() == DocumentStatus.UPCOMING && in.effectiveOn() == null) {
      problems.add(LibraryProblem.of("effectiveOn", "problem.upcoming.needsEffective"));
    }
    if (in.status() != DocumentStatus.REPEALED && in.repealedOn() != null) {
      problems.add(LibraryProblem.of("repealedOn", "problem.repealedOn.onlyRepealed"));
    }
    return problems;
  }
}
