package org.jgsw.competency.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Ranks many people against one post model.
 *
 * <p><b>Order</b> (deterministic): higher fit first, fits compared to 9 decimal places so floating
 * point noise never decides; then fewer unproven levels (on the model's requirements); then name
 * (Unicode order); then ID. Ineligible people are never ranked; they are listed by name, then ID.
 *
 * <p><b>Speed</b>: every person is scored once with the model's precompiled {@link FitCalculator}
 * (arrays, no allocation per requirement); the best {@code limit} are kept in a bounded heap; full
 * breakdowns are built only for them, and reasons only for the ineligible.
 */
public final class CandidateRanking {

  private static final double FIT_PRECISION = 1e9;

  private CandidateRanking() {}

  /** Ranks {@code profiles} against {@code model}, explaining the best {@code limit} (≥ 1) and every ineligible person. */
  public static Ranking rank(PostModel model, Collection<CandidateProfile> profiles, int limit) {
    return rank(model, profiles, limit, Integer.MAX_VALUE);
  }

  /**
   * Ranks {@code profiles} against {@code model}, explaining the best {@code limit} (≥ 1), and lists
   * the first {@code ineligibleLimit} ineligible people by name with their reasons (all are counted).
   * Reasons are text: building them for tens of thousands of people nobody will read is most of the
   * time of a large ranking, so an API asking for the top 100 asks for 100 ineligible ones too.
   */
  public static Ranking rank(PostModel model, Collection<CandidateProfile> profiles, int limit, int ineligibleLimit) {
    if (limit < 1) {
      throw new IllegalArgumentException("排名人数必须至少为 1，实际为 " + limit);
    }
    FitCalculator calculator = model.calculator();
    CandidateProfile[] people = profiles.toArray(CandidateProfile[]::new);
    int n = people.length;
    long[] fitKey = new long[n];
    int[] unproven = new int[n];
    List<CandidateProfile> ineligiblePeople = new ArrayList<>();

    Comparator<Integer> better =
        (a, b) -> {
          int c = Long.compare(fitKey[b], fitKey[a]);
          if (c == 0) c = Integer.compare(unproven[a], unproven[b]);
          if (c == 0) c = people[a].name().compareTo(people[b].name());
          if (c == 0) c = people[a].id().compareTo(people[b].id());
          return c;
        };
    // The heap's head is the worst of the best so far, so a newcomer is compared with it once.
    PriorityQueue<Integer> best = new PriorityQueue<>(Math.min(limit, Math.max(n, 1)) + 1, better.reversed());
    int eligible = 0;
    for (int i = 0; i < n; i++) {
      FitCalculator.Score score = calculator.score(people[i]);
      if (!score.eligible()) {
        ineligiblePeople.add(people[i]);
        continue;
      }
      eligible++;
      fitKey[i] = Math.round(score.fit() * FIT_PRECISION);
      unproven[i] = score.unprovenCount();
      if (best.size() < limit) {
        best.add(i);
      } else if (better.compare(i, best.peek()) < 0) {
        best.poll();
        best.add(i);
      }
    }

    List<Integer> top = new ArrayList<>(best);
    top.sort(better);
    List<RankedCandidate> ranked = new ArrayList<>(top.size());
    for (int i = 0; i < top.size(); i++) {
      ranked.add(new RankedCandidate(i + 1, calculator.explain(people[top.get(i)])));
    }
    List<CandidateProfile> listed = firstByName(ineligiblePeople, Math.max(0, ineligibleLimit));
    List<IneligibleCandidate> ineligible = new ArrayList<>(listed.size());
    for (CandidateProfile p : listed) {
      ineligible.add(new IneligibleCandidate(p.id(), p.name(), p.channel(), calculator.reasonsAgainst(p)));
    }
    return new Ranking(model.id(), FitFormula.statementFor(model), n, eligible, ranked, ineligible, ineligiblePeople.size());
  }

  /** The first {@code k} of {@code people} by name, then ID, in that order (a bounded heap when k is small). */
  private static List<CandidateProfile> firstByName(List<CandidateProfile> people, int k) {
    Comparator<CandidateProfile> byName = Comparator.comparing(CandidateProfile::name).thenComparing(CandidateProfile::id);
    if (k >= people.size()) {
      List<CandidateProfile> all = new ArrayList<>(people);
      all.sort(byName);
      return all;
    }
    PriorityQueue<CandidateProfile> first = new PriorityQueue<>(k + 1, byName.reversed());
    for (CandidateProfile p : people) {
      if (first.size() < k) {
        first.add(p);
      } else if (k > 0 && byName.compare(p, first.peek()) < 0) {
        first.poll();
        first.add(p);
      }
    }
    List<CandidateProfile> list = new ArrayList<>(first);
    list.sort(byName);
    return list;
  }
}
