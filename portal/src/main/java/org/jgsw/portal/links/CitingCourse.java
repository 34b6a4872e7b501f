package org.jgsw.portal.links;

import java.util.List;

/**
 * A course citing a library document, as people study it (its latest published version): the
 * lessons that cite it, and which document they cite (the page's own, or an older one it replaces).
 */
public record CitingCourse(long courseId, String title, int version, List<String> lessons, long documentId, String documentTitle) {

  public CitingCourse {
    lessons = List.copyOf(lessons);
  }
}
