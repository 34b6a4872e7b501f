package org.jgsw.portal.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CompetencyDictionary;
import org.jgsw.competency.domain.CompetencyGroup;
import org.jgsw.course.domain.CompetencyTarget;
import org.jgsw.course.domain.Course;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.training.CourseReferences;

/** The competency page's data: the dictionary entry, key documents and courses of one competency. */
@ApplicationScoped
public class Skills {

  @Inject ModelCatalog catalog;
  @Inject CompetencyDocuments documents;
  @Inject CourseReferences courses;

  /** The competency of {@code code}, or empty for a code the dictionary does not have (or a malformed one). */
  public Optional<Skill> of(String code) {
    CompetencyCode c;
    try {
      c = CompetencyCode.of(code == null ? "" : code.strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    CompetencyDictionary dictionary = catalog.dictionary();
    return dictionary.find(c).map(competency -> new Skill(competency, groupPath(dictionary, competency.groupId()),
        documents.keyDocuments(c.value()), coursesTraining(c.value())));
  }

  /** The groups below the dictionary's root (the root names the family, shown on its own): 政治与职业素养 › …. */
  private static String groupPath(CompetencyDictionary dictionary, String groupId) {
    List<CompetencyGroup> path = dictionary.path(groupId);
    return path.stream().skip(path.size() > 1 ? 1 : 0).map(CompetencyGroup::name).collect(Collectors.joining(" › "));
  }

  /** Published courses training {@code code}, highest level first. */
  List<CompetencyCourse> coursesTraining(String code) {
    return courses.publishedTraining(code).stream().map(course -> toCompetencyCourse(course, code))
        .sorted(Comparator.comparingInt(CompetencyCourse::level).reversed().thenComparing(CompetencyCourse::title)).toList();
  }

  private static CompetencyCourse toCompetencyCourse(Course course, String code) {
    int level = course.targetCompetencies().stream().filter(t -> t.competencyCode().equals(code)).mapToInt(CompetencyTarget::level)
        .findFirst().orElse(0);
    return new CompetencyCourse(course.id().value(), course.title(), level, course.creditHours().value().toPlainString(),
        course.category().kind().name());
  }
}
