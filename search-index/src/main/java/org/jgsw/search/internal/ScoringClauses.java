package org.jgsw.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * The scoring half of a search: the leaves of the matching query (terms, phrases, constant-score
 * number and article keys), each with the product of the boosts above it, as one flat disjunction.
 *
 * <p>Why flat: the matching query nests a dis-max of five fields inside a min-should-match
 * disjunction of bigrams. That decides <em>which</em> documents match, but a nested dis-max exposes
 * only one upper bound per bigram (the title's), so Lucene's block-max WAND cannot skip anything and
 * every match is scored — 70,000 documents for 公务用车 in a 100k corpus. As a flat sum each field is
 * its own clause with its own impacts: once ten strong title matches are collected, body-only
 * documents are skipped block by block. The matching query still filters, so counts and facets are
 * unchanged; only the score is a sum over fields rather than a dis-max (chosen by nDCG, see
 * RelevanceTest).
 */
final class ScoringClauses {

  /**
   * The leaves in two parts: {@code terms} to select the best window with block-max pruning, and
   * {@code phrases} to add to the scores of that window only ({@code null} when there are none).
   * A phrase clause next to term clauses made the scoring pass twice as long at 100k documents
   * (positions checked for every candidate); added over a window of the best documents by terms,
   * as search engines rescore, it changes the page only where a document outside the window would
   * have climbed into it by its phrase alone. A query of phrases only keeps them in {@code terms}.
   */
  record Split(Query terms, Query phrases) {}

  private ScoringClauses() {}

  /** {@link #of} split into term and phrase leaves, see {@link Split}; {@code null} for match-all. */
  static Split split(Query query) {
    Map<Query, Float> leaves = new LinkedHashMap<>();
    collect(query, 1f, leaves);
    Map<Query, Float> terms = new LinkedHashMap<>();
    Map<Query, Float> phrases = new LinkedHashMap<>();
    leaves.forEach((leaf, boost) -> (leaf instanceof PhraseQuery ? phrases : terms).put(leaf, boost));
    if (terms.isEmpty()) {
      return leaves.isEmpty() ? null : new Split(disjunction(leaves), null);
    }
    return new Split(disjunction(terms), phrases.isEmpty() ? null : disjunction(phrases));
  }

  /** A flat SHOULD disjunction of {@code query}'s leaves; {@code null} if it has none (match-all). */
  static Query of(Query query) {
    Map<Query, Float> leaves = new LinkedHashMap<>();
    collect(query, 1f, leaves);
    return leaves.isEmpty() ? null : disjunction(leaves);
  }

  private static Query disjunction(Map<Query, Float> leaves) {
    BooleanQuery.Builder flat = new BooleanQuery.Builder();
    leaves.forEach((leaf, boost) -> flat.add(boost == 1f ? leaf : new BoostQuery(leaf, boost), BooleanClause.Occur.SHOULD));
    return flat.build();
  }

  private static void collect(Query query, float boost, Map<Query, Float> leaves) {
    if (query instanceof BoostQuery b) {
      collect(b.getQuery(), boost * b.getBoost(), leaves);
    } else if (query instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.isScoring()) {
          collect(c.getQuery(), boost, leaves);
        }
      }
    } else if (query instanceof DisjunctionMaxQuery dm) {
      dm.getDisjuncts().forEach(d -> collect(d, boost, leaves));
    } else if (!(query instanceof MatchAllDocsQuery) && boost > 0f) {
      // The same leaf reached twice (a synonym variant sharing bigrams) counts once, at its best weight.
      leaves.merge(query, boost, Math::max);
    }
  }
}
