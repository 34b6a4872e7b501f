package org.jgsw.course.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A recommended learning path (推荐学习路径): the published courses that train a person's missing
 * competencies, in the order of the gaps they close (largest gap × weight first), and the gaps no
 * course trains ({@link #uncovered()}, shown as “暂无课程” so that a gap is never hidden).
 *
 * <p>A course is recommended for a gap when it trains that competency above the person's current
 * level and the person has not completed it. A course that trains several gaps appears once, under
 * the most important of them, with a reason for each. Courses for one gap come in the order of the
 * level they reach (highest first), then by course id, so the path is stable.
 */
public record LearningPath(List<PathStep> steps, List<SkillGap> uncovered) {

  /** Gaps by priority, then larger gaps, then code, so that equal priorities keep a stable order. */
  public static final Comparator<SkillGap> GAP_ORDER = Comparator.comparingDouble(SkillGap::priority).reversed()
      .thenComparing(SkillGap::size, Comparator.reverseOrder())
      .thenComparing(SkillGap::competencyCode);

  public LearningPath {
    steps = List.copyOf(steps);
    uncovered = List.copyOf(uncovered);
  }

  /**
   * The path for {@code gaps} from the courses open for enrolment ({@code published}: other versions
   * are ignored), leaving out the courses in {@code completed}.
   */
  public static LearningPath plan(Collection<SkillGap> gaps, Collection<Course> published, Set<CourseId> completed) {
    List<SkillGap> ordered = gaps.stream().sorted(GAP_ORDER).toList();
    List<Course> open = published.stream().filter(Course::isOpenForEnrolment).filter(c -> !completed.contains(c.id()))
        .sorted(Comparator.comparingLong(c -> c.id().value())).toList();
    Map<CourseId, PathStep> steps = new LinkedHashMap<>();
    List<SkillGap> uncovered = new ArrayList<>();
    for (SkillGap gap : ordered) {
      List<Course> training = open.stream().filter(c -> levelTrained(c, gap).isPresent())
          .sorted(Comparator.comparingInt((Course c) -> levelTrained(c, gap).orElse(0)).reversed()).toList();
      if (training.isEmpty()) {
        uncovered.add(gap);
      }
      for (Course c : training) {
        int level = levelTrained(c, gap).orElseThrow();
        PathStep earlier = steps.get(c.id());
        if (earlier == null) {
          steps.put(c.id(), new PathStep(c.id(), c.title(), gap, gap.levelAfter(level), List.of(gap.raise(level))));
        } else {
          List<PathStep.Raise> raises = new ArrayList<>(earlier.raises());
          raises.add(gap.raise(level));
          steps.put(c.id(), new PathStep(c.id(), c.title(), earlier.gap(), earlier.toLevel(), raises));
        }
      }
    }
    return new LearningPath(new ArrayList<>(steps.values()), uncovered);
  }

  /** The level {@code course} trains the gap's competency to, if above the current level. */
  private static Optional<Integer> levelTrained(Course course, SkillGap gap) {
    return course.targetCompetencies().stream()
        .filter(t -> t.competencyCode().equals(gap.competencyCode()) && t.level() > gap.currentLevel())
        .map(CompetencyTarget::level)
        .findFirst();
  }

  /** Whether there is nothing to train: no gap at all. */
  public boolean isEmpty() {
    return steps.isEmpty() && uncovered.isEmpty();
  }
}
