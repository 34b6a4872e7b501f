package org.jgsw.course.domain;

import java.time.ZoneId;
import java.util.Optional;

/**
 * How credit hours (学时) are earned (the portal states these rules to staff next to their ledger).
 *
 * <ul>
 *   <li>Online: a course's credit hours are earned, in full, on the day the enrolment is completed
 *       (see {@link CompletionRule}); nothing is earned for partial progress or for time spent.
 *   <li>A course earns its credit once per person, whatever the number of versions or repeats.
 *   <li>Concentrated: an offline class's hours are earned by each attendee on its last day.
 * </ul>
 */
public final class CreditRules {

  private CreditRules() {}

  /** The online credit earned by a completed enrolment in {@code course}; empty if not completed. */
  public static Optional<CreditEntry> earnedFor(Enrolment enrolment, Course course, ZoneId zone) {
    if (!course.versionId().equals(enrolment.course())) {
      throw new IllegalArgumentException("学习记录与课程版本不一致");
    }
    return enrolment.completedOn(zone).map(date -> new CreditEntry(
        enrolment.personId(), CreditKind.ONLINE, date, course.creditHours(), 0,
        course.title(), sourceRefOf(course.id())));
  }

  /** The source reference of a course's credit: the same for all its versions. */
  public static String sourceRefOf(CourseId course) {
    return "course:" + course.value();
  }
}
