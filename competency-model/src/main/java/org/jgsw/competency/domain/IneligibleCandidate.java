package org.jgsw.competency.domain;

import java.util.List;

/** A person listed apart from the ranking because they fail a must-have or a hard condition. */
public record IneligibleCandidate(String personId, String name, String channel, List<String> reasons) {

  public IneligibleCandidate {
    reasons = List.copyOf(reasons);
  }
}
