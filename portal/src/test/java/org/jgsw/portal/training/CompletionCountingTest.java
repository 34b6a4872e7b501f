package org.jgsw.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.ProgressState;
import org.jgsw.portal.training.AssignmentProgressQuery.Counts;
import org.jgsw.portal.training.CourseVersionFacts.Version;
import org.junit.jupiter.api.Test;

/** The pieces of the SQL-counted reports that run in Java: status of a counted group, sums, the current course version. */
class CompletionCountingTest {

  @Test
  void aGroupsStatusFollowsTheAssignmentRule() {
    assertThat(AssignmentProgressQuery.statusOf(ProgressState.COMPLETED, true)).isEqualTo(AssignmentStatus.COMPLETED);
    assertThat(AssignmentProgressQuery.statusOf(ProgressState.STARTED, true)).isEqualTo(AssignmentStatus.OVERDUE);
    assertThat(AssignmentProgressQuery.statusOf(ProgressState.NOT_STARTED, true)).isEqualTo(AssignmentStatus.OVERDUE);
    assertThat(AssignmentProgressQuery.statusOf(ProgressState.STARTED, false)).isEqualTo(AssignmentStatus.IN_PROGRESS);
    assertThat(AssignmentProgressQuery.statusOf(ProgressState.NOT_STARTED, false)).isEqualTo(AssignmentStatus.NOT_STARTED);
  }

  @Test
  void countsAddUpAndGiveTheCompletionRateWithOneDecimal() {
    Counts c = Counts.NONE.plus(AssignmentStatus.COMPLETED, 1).plus(AssignmentStatus.NOT_STARTED, 1)
        .plus(Counts.NONE.plus(AssignmentStatus.OVERDUE, 1));
    assertThat(c.assigned()).isEqualTo(3);
    assertThat(c.completionPercent()).isEqualByComparingTo("33.3");
    assertThat(Counts.NONE.completionPercent()).isEqualByComparingTo("0");
  }

  @Test
  void theCurrentVersionIsTheNewestPublishedElseTheNewest() {
    Version v1 = version(1, CourseStatus.PUBLISHED);
    Version v2 = version(2, CourseStatus.ARCHIVED);
    Version v3 = version(3, CourseStatus.DRAFT);
    assertThat(CourseVersionFacts.current(List.of(v1, v2, v3))).isEqualTo(v1);
    assertThat(CourseVersionFacts.current(List.of(v2, v3))).isEqualTo(v3);
    assertThat(CourseVersionFacts.current(List.of())).isNull();
  }

  private static Version version(int number, CourseStatus status) {
    return new Version(7, number, status, "课程" + number, CourseCategory.general(), BigDecimal.ONE);
  }
}
