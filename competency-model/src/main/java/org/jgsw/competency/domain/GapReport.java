package org.jgsw.competency.domain;

import java.util.List;

/**
 * A person's gaps against one post model version, largest {@link Gap#priority() gap × weight} first.
 * Requirements the person meets are not listed. Used for the person's and supervisor's gap view and,
 * later, for recommended learning paths.
 */
public record GapReport(PostModelId model, String personId, List<Gap> gaps) {

  public GapReport {
    gaps = List.copyOf(gaps);
  }

  /** Whether the person meets every requirement. */
  public boolean isEmpty() {
    return gaps.isEmpty();
  }
}
