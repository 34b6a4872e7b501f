package org.jgsw.course.application.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgsw.course.application.LearningPaths;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentRepository;
import org.jgsw.course.domain.LearningPath;
import org.jgsw.course.domain.PublishedCourses;
import org.jgsw.course.domain.SkillGap;

/** Reads the catalogue and the person's completions; the path rules are in {@link LearningPath}. */
public class DefaultLearningPaths implements LearningPaths {

  private final PublishedCourses catalogue;
  private final EnrolmentRepository enrolments;

  public DefaultLearningPaths(PublishedCourses catalogue, EnrolmentRepository enrolments) {
    this.catalogue = Objects.requireNonNull(catalogue);
    this.enrolments = Objects.requireNonNull(enrolments);
  }

  @Override
  public LearningPath pathFor(String personId, List<SkillGap> gaps) {
    if (gaps.isEmpty()) {
      return new LearningPath(List.of(), List.of());
    }
    Set<org.jgsw.course.domain.CourseId> completed = enrolments.findByPerson(personId).stream()
        .filter(Enrolment::isCompleted)
        .map(e -> e.course().course())
        .collect(Collectors.toSet());
    return LearningPath.plan(gaps, catalogue.currentPublished(), completed);
  }

  @Override
  public LearningPath coursesFor(List<SkillGap> gaps) {
    return gaps.isEmpty() ? new LearningPath(List.of(), List.of()) : LearningPath.plan(gaps, catalogue.currentPublished(), Set.of());
  }
}
