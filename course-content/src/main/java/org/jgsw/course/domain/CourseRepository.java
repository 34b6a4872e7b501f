package org.jgsw.course.domain;

import java.util.List;
import java.util.Optional;

/** Stores every version of every course. */
public interface CourseRepository {

  Optional<Course> find(CourseVersionId id);

  /** Every version of a course, oldest first. */
  List<Course> findVersions(CourseId course);

  /** A course id not used yet. */
  CourseId nextId();

  void store(Course course);
}
