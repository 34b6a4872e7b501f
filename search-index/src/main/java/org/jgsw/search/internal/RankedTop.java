package org.jgsw.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TopScoreDocCollector;
import java.util.Collection;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best {@code n} matches by text score × status rank (a repealed document scores 0.6 of its
 * current twin, see {@link DocumentFields#rank}).
 *
 * <p>Multiplying inside the query (a function score) would hide the clauses' score bounds from
 * Lucene, which then has to score every match. Instead the term clauses alone select a window with
 * block-max pruning; the phrase clauses are added to the window's scores ({@link ScoringClauses.Split})
 * and the rank re-orders it. Ranks are at most 1, so no document outside the window can beat one
 * inside whose ranked score is at least the window's lowest term score; if the page's last document
 * falls below that, the window grows and the search runs again (rare: it takes a page full of
 * repealed documents).
 */
final class RankedTop {

  private static final Comparator<ScoreDoc> BEST_FIRST =
      Comparator.<ScoreDoc>comparingDouble(d -> -d.score).thenComparingInt(d -> d.doc);

  private RankedTop() {}

  /** Below this many matches, scoring them all is cheaper than skipping through the text's postings. */
  private static final long FEW_MATCHES = 2_000;

  /**
   * The top {@code n} of the documents {@code facets} accepted, scored by {@code scoring}
   * ({@code null}: all score 1).
   */
  static ScoreDoc[] of(IndexSearcher searcher, ScoringClauses.Split scoring, FacetCounts facets, int n,
      SearchHelpers helpers) throws IOException {
    return of(searcher, scoring, facets, n, helpers, FEW_MATCHES);
  }

  /**
   * The smallest window phrases are added over: twice a page, as search engines rescore a window of
   * about a page. A larger one costs pruning (at 100k, SearchBenchmark p50: scoring pass 1.2 ms with
   * 20, 1.4 ms with 50, 1.8 ms with 100).
   */
  static final int MIN_WINDOW = 20;

  /** As above, scoring the matches together with the filter when there are at most {@code fewMatches} (tests choose). */
  static ScoreDoc[] of(IndexSearcher searcher, ScoringClauses.Split scoring, FacetCounts facets, int n,
      SearchHelpers helpers, long fewMatches) throws IOException {
    int window = Math.max(2 * n, MIN_WINDOW);
    while (true) {
      ScoreDoc[] docs = textTop(searcher, scoring == null ? null : scoring.terms(), facets, window, helpers, fewMatches);
      boolean everything = docs.length < window;
      float lowestTextScore = docs.length == 0 ? 0f : docs[docs.length - 1].score;
      if (scoring != null && scoring.phrases() != null) {
        addScores(searcher, scoring.phrases(), docs);
      }
      applyRank(searcher, docs);
      Arrays.sort(docs, BEST_FIRST);
      if (everything || docs.length < n || docs[n - 1].score >= lowestTextScore) {
        return Arrays.copyOf(docs, Math.min(n, docs.length));
      }
      window *= 4;
    }
  }

  /**
   * The best {@code window} by text score. Many matches: the flat scoring disjunction runs alone, so
   * block-max pruning applies, and documents outside the accepted set are dropped as they come (a
   * filter clause in the query would make Lucene score every match). Few matches: filter and score
   * together.
   */
  private static ScoreDoc[] textTop(IndexSearcher searcher, Query scoring, FacetCounts facets,
      int window, SearchHelpers helpers, long fewMatches) throws IOException {
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(window, null, window, true);
    if (scoring == null) {
      return searcher.search(new AcceptedDocsQuery(facets), top).scoreDocs;
    }
    if (facets.total() <= fewMatches) {
      // Few documents: score them all, walking the counting pass's bit sets rather than matching again.
      Query both = new BooleanQuery.Builder().add(new AcceptedDocsQuery(facets), Occur.FILTER).add(scoring, Occur.SHOULD).build();
      return searcher.search(both, top).scoreDocs;
    }
    return helpers.searchInHalves(searcher, scoring, new AcceptedOnly(top, facets)).scoreDocs;
  }

  /** Passes on to the top-docs collectors only the documents {@code facets} accepted. */
  private record AcceptedOnly(TopScoreDocCollectorManager top, FacetCounts facets)
      implements CollectorManager<AcceptedOnly.Filtered, TopDocs> {

    @Override
    public Filtered newCollector() throws IOException {
      return new Filtered(top.newCollector(), facets);
    }

    @Override
    public TopDocs reduce(Collection<Filtered> collectors) throws IOException {
      return top.reduce(collectors.stream().map(Filtered::delegate).toList());
    }

    record Filtered(TopScoreDocCollector delegate, FacetCounts facets) implements Collector {
      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        FixedBitSet accepted = facets.accepted(context.ord);
        if (accepted == null) {
          throw new CollectionTerminatedException();
        }
        return new FilterLeafCollector(delegate.getLeafCollector(context)) {
          @Override
          public void collect(int doc) throws IOException {
            if (accepted.get(doc)) {
              super.collect(doc);
            }
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        return delegate.scoreMode();
      }
    }
  }

  /** Adds to each document's score what {@code query} scores it (nothing where it does not match). */
  static void addScores(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
    ScoreDoc[] byDoc = docs.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    for (ScoreDoc d : byDoc) {
      if (leaf == null || d.doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
        scorer = weight.scorer(leaf);
      }
      if (scorer == null) {
        continue;
      }
      int target = d.doc - leaf.docBase;
      int at = scorer.docID() < target ? scorer.iterator().advance(target) : scorer.docID();
      if (at == target) {
        d.score += scorer.score();
      }
    }
  }

  /** Multiplies each score by its document's status rank (order unchanged). */
  static void applyRank(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    DoubleValuesSource rank = DoubleValuesSource.fromFloatField(DocumentFields.RANK);
    for (ScoreDoc d : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
      DoubleValues values = rank.getValues(leaf, null);
      if (values.advanceExact(d.doc - leaf.docBase)) {
        d.score = (float) (d.score * values.doubleValue());
      }
    }
  }
}
