package org.jgsw.course.domain;

import java.util.List;

/** The course catalogue as learners see it: the current published version of every open course. */
public interface PublishedCourses {

  /** Every course open for enrolment, in its latest published version. */
  List<Course> currentPublished();
}
