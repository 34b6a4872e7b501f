package org.jgsw.course.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Level-3 (behaviour) request (行为层评价): the supervisor of a person who completed a course is
 * asked, from the due date on, to rate the person on each competency the course trains. One request
 * per enrolment. Immutable: {@link #rate} returns the rated request.
 */
public record BehaviourRatingRequest(
    EnrolmentId enrolment, String personId, CourseId course, String supervisor, LocalDate completedOn,
    LocalDate dueOn, List<CompetencyTarget> competencies, BehaviourRating rating) {

  public BehaviourRatingRequest {
    Objects.requireNonNull(enrolment, "enrolment");
    personId = Texts.required(personId, "被评价人不能为空");
    Objects.requireNonNull(course, "course");
    supervisor = Texts.required(supervisor, "评价人（上级）不能为空");
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    competencies = List.copyOf(competencies);
    if (competencies.isEmpty()) {
      throw new IllegalArgumentException("课程没有目标能力，无需行为层评价");
    }
  }

  /**
   * The request for a completed enrolment, or empty when the course trains no competencies.
   */
  public static Optional<BehaviourRatingRequest> after(
      Enrolment enrolment, Course course, String supervisor, BehaviourRatingPolicy policy, ZoneId zone) {
    if (!course.versionId().equals(enrolment.course())) {
      throw new IllegalArgumentException("学习记录与课程版本不一致");
    }
    LocalDate completed = enrolment.completedOn(zone)
        .orElseThrow(() -> new IllegalStateException("课程尚未完成，不能发起行为层评价"));
    if (course.targetCompetencies().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BehaviourRatingRequest(enrolment.id(), enrolment.personId(), course.id(), supervisor,
        completed, completed.plusDays(policy.daysAfterCompletion()), course.targetCompetencies(), null));
  }

  public boolean isRated() {
    return rating != null;
  }

  /** Whether the supervisor should be asked now: due and not yet rated. */
  public boolean isOpenOn(LocalDate today) {
    return !isRated() && !today.isBefore(dueOn);
  }

  public Optional<BehaviourRating> ratingIfAny() {
    return Optional.ofNullable(rating);
  }

  /**
   * The request rated by {@code rater} on {@code today}: a level 1–5 for every competency of the
   * course, and nothing else.
   */
  public BehaviourRatingRequest rate(String rater, Map<String, Integer> levels, String comment, LocalDate today) {
    if (isRated()) {
      throw new IllegalStateException("该行为层评价已于 " + rating.ratedOn() + " 完成，不能重复评价");
    }
    if (!supervisor.equals(Texts.optional(rater))) {
      throw new IllegalStateException("只有被评价人的上级可以评价");
    }
    if (today.isBefore(dueOn)) {
      throw new IllegalStateException("尚未到评价时间：课程完成后满规定天数（" + dueOn + " 起）才能评价");
    }
    List<String> problems = new ArrayList<>();
    List<CompetencyRating> ratings = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (CompetencyTarget t : competencies) {
      codes.add(t.competencyCode());
      Integer level = levels.get(t.competencyCode());
      if (level == null) {
        problems.add("请评定能力「" + t.competencyCode() + "」");
      } else {
        try {
          ratings.add(new CompetencyRating(t.competencyCode(), level));
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage());
        }
      }
    }
    levels.keySet().stream().filter(c -> !codes.contains(c))
        .forEach(c -> problems.add("能力「" + c + "」不是本课程训练的能力"));
    if (!problems.isEmpty()) {
      throw new InvalidTrainingDataException(problems);
    }
    return new BehaviourRatingRequest(enrolment, personId, course, supervisor, completedOn, dueOn, competencies,
        new BehaviourRating(supervisor, today, ratings, Texts.optional(comment)));
  }
}
