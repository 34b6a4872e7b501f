package org.jgsw.portal.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgsw.competency.domain.Competency;
import org.jgsw.course.domain.Course;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.portal.library.LibraryProblem;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.library.LibraryValidationException;
import org.jgsw.portal.training.CourseReferences;

/**
 * Library documents linked to a competency: those a librarian linked to it, plus those cited by a
 * published course that trains it (a course teaching a competency from a regulation makes that
 * regulation key reading for the competency, without anyone linking it twice).
 */
@ApplicationScoped
public class CompetencyDocuments {

  @Inject LibraryService library;
  @Inject CourseReferences courses;
  @Inject ModelCatalog catalog;

  /** Ids of every document linked to {@code code}, directly or through a course: what the search filter keeps. */
  public Set<Long> linkedIds(String code) {
    Set<Long> ids = new LinkedHashSet<>(library.idsLinkedTo(code));
    courses.publishedTraining(code).forEach(c -> ids.addAll(numericIds(c.citedLibraryDocuments())));
    return ids;
  }

  /** The key documents of {@code code} with how each is linked; current ones first. */
  public List<KeyDocument> keyDocuments(String code) {
    Set<Long> direct = new LinkedHashSet<>(library.idsLinkedTo(code));
    Map<Long, Set<String>> throughCourses = new LinkedHashMap<>();
    for (Course c : courses.publishedTraining(code)) {
      numericIds(c.citedLibraryDocuments()).forEach(id -> throughCourses.computeIfAbsent(id, k -> new TreeSet<>()).add(c.title()));
    }
    Set<Long> all = new LinkedHashSet<>(direct);
    all.addAll(throughCourses.keySet());
    List<KeyDocument> out = new ArrayList<>();
    for (LibraryDocument d : library.findAll(all)) {
      out.add(new KeyDocument(d.getId(), d.getTitle(), d.getNumber(), d.getKind().name(), d.getStatus().name(), direct.contains(d.getId()),
          List.copyOf(throughCourses.getOrDefault(d.getId(), Set.of()))));
    }
    out.sort(Comparator.comparing((KeyDocument k) -> statusOrder(k.status())).thenComparing(KeyDocument::title));
    return out;
  }

  /** The competencies of the dictionary, for choosing links: by family, then code. */
  public List<Competency> dictionary() {
    return catalog.dictionary().competencies().stream()
        .sorted(Comparator.comparing(Competency::family).thenComparing(c -> c.code().value())).toList();
  }

  /** Links the document to exactly these competencies; an unknown code is refused with a message. */
  public LibraryDocument link(String actor, long documentId, Collection<String> codes) {
    Set<String> known = new LinkedHashSet<>();
    catalog.dictionary().competencies().forEach(c -> known.add(c.code().value()));
    Set<String> wanted = new TreeSet<>();
    List<LibraryProblem> problems = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      String c = code == null ? "" : code.strip();
      if (c.isEmpty()) {
        continue;
      }
      if (known.contains(c)) {
        wanted.add(c);
      } else {
        problems.add(LibraryProblem.of("competencies", "problem.competency.unknown", c));
      }
    }
    if (!problems.isEmpty()) {
      throw new LibraryValidationException(problems);
    }
    return library.linkCompetencies(actor, documentId, wanted);
  }

  private static List<Long> numericIds(Collection<String> ids) {
    return ids.stream().filter(s -> s != null && s.strip().matches("\\d{1,18}")).map(s -> Long.valueOf(s.strip())).toList();
  }

  private static int statusOrder(String status) {
    return switch (status) {
      case "CURRENT" -> 0;
      case "UPCOMING" -> 1;
      default -> 2;
    };
  }
}
