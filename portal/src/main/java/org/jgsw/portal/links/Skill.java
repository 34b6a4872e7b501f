package org.jgsw.portal.links;

import java.util.List;
import org.jgsw.competency.domain.Competency;

/**
 * Everything the competency page shows about one competency: its dictionary entry (name, family,
 * definition, the five behavioural indicators), where it sits in the dictionary, its key library
 * documents and the published courses that train it.
 */
public record Skill(Competency competency, String groupPath, List<KeyDocument> documents, List<CompetencyCourse> courses) {

  public Skill {
    documents = List.copyOf(documents);
    courses = List.copyOf(courses);
  }
}
