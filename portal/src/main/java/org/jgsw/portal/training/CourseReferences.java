package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseStatus;

/**
 * Courses that cite a library document or train a competency. A course version is stored as one
 * JSON document, so the database narrows the candidates with a LIKE on the exact JSON the
 * repository writes ({@code "doc":"42"}, {@code "code":"GEN-LAW"}) and each candidate course is then
 * read and checked properly — the LIKE only saves reading every course.
 */
@ApplicationScoped
@Transactional
public class CourseReferences {

  @PersistenceContext EntityManager em;

  /** The version people study of each course citing one of {@code documentIds}: its latest published one. */
  public List<Course> publishedCiting(Collection<String> documentIds) {
    return versions(candidates(citationPatterns(documentIds)), CourseReferences::latestPublished, cites(documentIds));
  }

  /** The version its owner works on of each course citing one of {@code documentIds}: the latest, unless archived. */
  public List<Course> liveCiting(Collection<String> documentIds) {
    return versions(candidates(citationPatterns(documentIds)), CourseReferences::latestLive, cites(documentIds));
  }

  /** The latest published version of each course that trains {@code competencyCode}. */
  public List<Course> publishedTraining(String competencyCode) {
    Predicate<Course> trains = c -> c.targetCompetencies().stream().anyMatch(t -> t.competencyCode().equals(competencyCode));
    return versions(candidates(List.of("%\"code\":\"" + competencyCode + "\"%")), CourseReferences::latestPublished, trains);
  }

  /** The library documents cited by the courses that train {@code competencyCode} (their latest published versions). */
  public Set<String> documentsCitedByCoursesTraining(String competencyCode) {
    Set<String> ids = new LinkedHashSet<>();
    publishedTraining(competencyCode).forEach(c -> ids.addAll(c.citedLibraryDocuments()));
    return ids;
  }

  private static List<String> citationPatterns(Collection<String> documentIds) {
    return documentIds.stream().distinct().map(id -> "%\"doc\":\"" + id + "\"%").toList();
  }

  private static Predicate<Course> cites(Collection<String> documentIds) {
    return c -> c.citedLibraryDocuments().stream().anyMatch(documentIds::contains);
  }

  private List<Long> candidates(List<String> patterns) {
    if (patterns.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < patterns.size(); i++) {
      where.append(i == 0 ? "" : " OR ").append("c.body LIKE :p").append(i);
    }
    var q = em.createQuery("SELECT DISTINCT c.courseId FROM CourseVersionRecord c WHERE " + where, Long.class);
    for (int i = 0; i < patterns.size(); i++) {
      q.setParameter("p" + i, patterns.get(i));
    }
    return q.getResultList();
  }

  private List<Course> versions(List<Long> courseIds, java.util.function.Function<List<Course>, Optional<Course>> pick,
      Predicate<Course> keep) {
    List<Course> out = new ArrayList<>();
    if (courseIds.isEmpty()) {
      return out;
    }
    List<Course> all = em.createQuery("SELECT c FROM CourseVersionRecord c WHERE c.courseId IN :ids ORDER BY c.courseId, c.versionNo",
            CourseVersionRecord.class).setParameter("ids", courseIds).getResultList().stream().map(CourseVersionRecord::toCourse).toList();
    for (Long id : courseIds) {
      pick.apply(all.stream().filter(c -> c.id().value() == id).toList()).filter(keep).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(Course::title).thenComparing(c -> c.id().value()));
    return out;
  }

  private static Optional<Course> latestPublished(List<Course> versions) {
    return versions.stream().filter(c -> c.status() == CourseStatus.PUBLISHED).max(Comparator.comparingInt(Course::version));
  }

  private static Optional<Course> latestLive(List<Course> versions) {
    return versions.stream().max(Comparator.comparingInt(Course::version)).filter(c -> c.status() != CourseStatus.ARCHIVED);
  }
}
