package org.jgsw.course.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseVersionId;

/**
 * Training administrators' use cases for courses. A published version is never changed: {@link
 * Course#edit()} on it yields the next version, saved here as a draft.
 */
public interface Courses {

  /** A new course id for {@link Course#draft}. */
  CourseId newId();

  /** Stores a draft; refused if it would overwrite a published or archived version. */
  Course saveDraft(@NotNull Course draft);

  /** Publishes a draft; the course's previously published version is archived (its learners finish it). */
  Course publish(@NotNull CourseVersionId draft);

  Course archive(@NotNull CourseVersionId id);

  Optional<Course> find(@NotNull CourseVersionId id);

  /** The version new learners get: the latest published one. */
  Optional<Course> findCurrent(@NotNull CourseId course);

  List<Course> versions(@NotNull CourseId course);
}
