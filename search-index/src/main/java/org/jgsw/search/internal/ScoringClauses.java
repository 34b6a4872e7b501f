package org.jgsw.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
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

  private ScoringClauses() {}

  /** A flat SHOULD disjunction of {@code query}'s leaves; {@code null} if it has none (match-all). */
  static Query of(Query query) {
    Map<Query, Float> leaves = new LinkedHashMap<>();
    collect(query, 1f, leaves);
    if (leaves.isEmpty()) {
      return null;
    }
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
