package org.jgsw.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Match offsets from postings by {@code Weight#matches}, as the unified highlighter's own strategy
 * finds them, but with one {@link Weight} for every document of a highlight call. The highlighter
 * builds a searcher and a weight per document, so each query term is looked up in the terms
 * dictionary again for every hit: about a tenth of a search at 100k documents. A weight built once
 * looks a term up once per segment. And where the query is a plain disjunction (as the library's
 * highlight query is), the weight holds only the clauses on the field highlighted: the body's
 * matches are not worked out again while highlighting the summary, nor the other way round.
 */
final class SharedWeightOffsets extends FieldOffsetStrategy {

  private final IndexReader reader;
  private Weight weight;

  SharedWeightOffsets(UHComponents components, IndexReader reader) {
    super(components);
    this.reader = reader;
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return UnifiedHighlighter.OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader leafReader, int docId, String content) throws IOException {
    LeafReaderContext leaf = leafOf(leafReader);
    if (leaf == null) {
      // not a segment of the searcher's reader (never with this highlighter): the per-document way
      return createOffsetsEnumFromReader(leafReader, docId);
    }
    if (leafReader.terms(getField()) == null) {
      return OffsetsEnum.EMPTY;
    }
    Matches matches = weight().matches(leaf, docId);
    if (matches == null) {
      return OffsetsEnum.EMPTY;
    }
    List<OffsetsEnum> offsets = new ArrayList<>();
    for (String field : matches) {
      if (components.getFieldMatcher().test(field)) {
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) {
          offsets.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }
    return switch (offsets.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> offsets.get(0);
      default -> new OffsetsEnum.MultiOffsetsEnum(offsets);
    };
  }

  private Weight weight() throws IOException {
    if (weight == null) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      weight = searcher.createWeight(searcher.rewrite(onField(components.getQuery(), getField())), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    return weight;
  }

  /**
   * The clauses of {@code query} on {@code field} when it is a disjunction of term and phrase
   * queries, whose matches in a field come from that field's clauses alone; otherwise the query.
   */
  static Query onField(Query query, String field) {
    if (!(query instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0) {
      return query;
    }
    BooleanQuery.Builder own = new BooleanQuery.Builder();
    for (BooleanClause clause : bq.clauses()) {
      String clauseField;
      if (clause.getOccur() != BooleanClause.Occur.SHOULD) {
        return query;
      } else if (clause.getQuery() instanceof TermQuery t) {
        clauseField = t.getTerm().field();
      } else if (clause.getQuery() instanceof PhraseQuery p) {
        clauseField = p.getField();
      } else {
        return query;
      }
      if (field.equals(clauseField)) {
        own.add(clause);
      }
    }
    return own.build();
  }

  private LeafReaderContext leafOf(LeafReader leafReader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader() == leafReader) {
        return leaf;
      }
    }
    return null;
  }
}
