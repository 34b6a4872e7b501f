package org.jgsw.portal.adapter.learningpath;

import java.io.Serializable;
import java.util.List;
import org.jgsw.course.domain.PlanTarget;

/**
 * What the plan-from-gaps page proposes for a unit (with the units below) or a post: the people read,
 * those with a post model, their aggregated gaps (most people first), the courses that train them
 * and the gaps no course trains. {@code target} is the special plan's target (the unit or the post).
 */
public record GapProposal(
    String scope, PlanTarget target, int people, int peopleWithModel, List<GroupGap> gaps, List<ProposedCourse> courses,
    List<GroupGap> uncovered) implements Serializable {

  /** A course proposed for the plan, with the reason (which gaps it trains, to which level). */
  public record ProposedCourse(long courseId, String title, String reason) implements Serializable {}

  public GapProposal {
    gaps = List.copyOf(gaps);
    courses = List.copyOf(courses);
    uncovered = List.copyOf(uncovered);
  }
}
