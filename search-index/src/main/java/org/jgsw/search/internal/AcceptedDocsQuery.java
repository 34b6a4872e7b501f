package org.jgsw.search.internal;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents the counting pass accepted ({@link FacetCounts#accepted}), as a query: the scoring
 * pass then walks a bit set instead of evaluating the text query and the facet filters a second
 * time. Valid only for the searcher the counts were taken on; never cached (it is one search's state).
 */
final class AcceptedDocsQuery extends Query {

  private final FacetCounts facets;

  AcceptedDocsQuery(FacetCounts facets) {
    this.facets = facets;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        FixedBitSet accepted = facets.accepted(context.ord);
        if (accepted == null) {
          return null;
        }
        long cardinality = accepted.cardinality();
        if (cardinality == 0) {
          return null;
        }
        Weight weight = this;
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) {
            return new ConstantScoreScorer(weight, score(), scoreMode, new BitSetIterator(accepted, cardinality));
          }

          @Override
          public long cost() {
            return cardinality;
          }
        };
      }

      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = scorerSupplier(context);
        return supplier == null ? null : supplier.get(Long.MAX_VALUE);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "AcceptedDocs";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
