package org.jgsw.course.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jgsw.course.domain.LearningPath;
import org.jgsw.course.domain.SkillGap;

/**
 * Recommended learning paths: which published courses close which competency gaps. The gaps come
 * from outside (the portal computes them with the competency module) in course-content's own terms;
 * what a person has completed is course-content's own knowledge.
 */
public interface LearningPaths {

  /** {@code personId}'s path for their {@code gaps}, leaving out the courses they completed. */
  LearningPath pathFor(@NotBlank String personId, @NotNull List<SkillGap> gaps);

  /** The courses for a group's gaps (a unit, everyone in a post), for composing a special plan. */
  LearningPath coursesFor(@NotNull List<SkillGap> gaps);
}
