package org.jgsw.portal.competency;

import java.util.Map;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.Ranking;

/**
 * A ranking with what the page and the API show beside it: the model version used, the people's
 * summaries, how long it took and how many SQL statements it ran.
 */
public record MatchResult(PostModel model, Ranking ranking, Map<String, PersonSummary> people, long millis, int statements) {

  public PersonSummary person(String key) {
    return people.get(key);
  }
}
