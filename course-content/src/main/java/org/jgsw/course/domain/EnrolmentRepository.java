package org.jgsw.course.domain;

import java.util.List;
import java.util.Optional;

public interface EnrolmentRepository {

  Optional<Enrolment> find(EnrolmentId id);

  /** A person's enrolments in any version of a course, oldest first. */
  List<Enrolment> findByPersonAndCourse(String personId, CourseId course);

  List<Enrolment> findByPerson(String personId);

  EnrolmentId nextId();

  void store(Enrolment enrolment);
}
