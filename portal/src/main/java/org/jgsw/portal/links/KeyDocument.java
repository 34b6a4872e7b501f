package org.jgsw.portal.links;

import java.util.List;

/**
 * A library document linked to a competency: directly by a librarian, and/or cited by the courses
 * (titles) that train the competency. Status as the library's enum name (CURRENT, REPEALED, …).
 */
public record KeyDocument(long id, String title, String number, String kind, String status, boolean linkedDirectly,
    List<String> throughCourses) {

  public KeyDocument {
    throughCourses = List.copyOf(throughCourses);
  }
}
