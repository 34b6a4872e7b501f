package org.jgsw.course.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgsw.course.application.internal.DefaultLearningPaths;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.Enrolment;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.PathStep;
import org.jgsw.course.domain.SkillGap;
import org.jgsw.course.testdata.InMemoryRepositories;
import org.jgsw.course.testdata.SampleCourses;
import org.junit.jupiter.api.Test;

class LearningPathsServiceTest {

  private final InMemoryRepositories repos = new InMemoryRepositories();
  private final Course dispatch = SampleCourses.vehicleDispatch();
  private final LearningPaths paths = new DefaultLearningPaths(() -> List.of(dispatch, SampleCourses.energyBasics()), repos.enrolments);
  private final SkillGap dispatchGap = new SkillGap("VEH-DISPATCH", "车辆调度", 1, 3, 0.3);

  @Test
  void given_a_gap_then_the_person_gets_the_course_that_trains_it() {
    assertThat(paths.pathFor("S-1", List.of(dispatchGap)).steps()).extracting(PathStep::course)
        .containsExactly(SampleCourses.VEHICLE_DISPATCH);
  }

  @Test
  void given_the_course_completed_then_it_is_left_out_for_that_person_only() {
    repos.enrolments.store(Enrolment.restore(EnrolmentId.of(1), "S-1", dispatch.versionId(), null, Instant.EPOCH, Set.of(), Map.of(),
        null, null, null, null, Instant.EPOCH));
    assertThat(paths.pathFor("S-1", List.of(dispatchGap)).steps()).isEmpty();
    assertThat(paths.pathFor("S-1", List.of(dispatchGap)).uncovered()).containsExactly(dispatchGap);
    assertThat(paths.pathFor("S-2", List.of(dispatchGap)).steps()).hasSize(1);
  }

  @Test
  void given_a_group_then_completions_are_not_considered() {
    repos.enrolments.store(Enrolment.restore(EnrolmentId.of(1), "S-1", dispatch.versionId(), null, Instant.EPOCH, Set.of(), Map.of(),
        null, null, null, null, Instant.EPOCH));
    assertThat(paths.coursesFor(List.of(dispatchGap)).steps()).extracting(PathStep::course).containsExactly(CourseId.of(1));
  }
}
