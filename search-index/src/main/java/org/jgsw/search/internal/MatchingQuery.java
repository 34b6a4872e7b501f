package org.jgsw.search.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The matching half of a search: which documents match the query {@link QueryBuilder} built, without
 * its scoring. A dis-max of one bigram (or one phrase) over the text fields becomes the same term
 * (phrase) in the catch-all field {@link DocumentFields#ALL}, which holds exactly the union of those
 * fields; clauses that only add to the score (optional clauses next to required ones) are dropped;
 * boosts are dropped. The documents matched are the same, found through far fewer postings lists.
 */
final class MatchingQuery {

  /** The bigram fields whose union {@link DocumentFields#ALL} holds. */
  private static final Set<String> TEXT_FIELDS = Set.of(DocumentFields.TITLE, DocumentFields.NUMBER,
      DocumentFields.SUMMARY, DocumentFields.BODY, DocumentFields.META);

  private MatchingQuery() {}

  static Query of(Query query) {
    if (query instanceof BoostQuery b) {
      return of(b.getQuery());
    }
    if (query instanceof ConstantScoreQuery c) {
      return new ConstantScoreQuery(of(c.getQuery()));
    }
    if (query instanceof DisjunctionMaxQuery dm) {
      Query merged = inAllFields(dm.getDisjuncts());
      if (merged != null) {
        return merged;
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      dm.getDisjuncts().forEach(d -> any.add(of(d), Occur.SHOULD));
      return any.build();
    }
    if (query instanceof BooleanQuery bq) {
      boolean required = bq.clauses().stream().anyMatch(c -> c.isRequired());
      boolean optionalMatters = !required || bq.getMinimumNumberShouldMatch() > 0;
      BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() == Occur.SHOULD && !optionalMatters) {
          continue;
        }
        b.add(of(c.getQuery()), c.getOccur() == Occur.MUST ? Occur.FILTER : c.getOccur());
      }
      return b.build();
    }
    return query;
  }

  /** The one term or phrase all {@code disjuncts} search, in the catch-all field; else {@code null}. */
  private static Query inAllFields(Iterable<Query> disjuncts) {
    Set<String> texts = new HashSet<>();
    List<Term> phraseTerms = null;
    int[] positions = null;
    for (Query d : disjuncts) {
      Query q = d instanceof BoostQuery b ? b.getQuery() : d;
      if (q instanceof TermQuery t && TEXT_FIELDS.contains(t.getTerm().field())) {
        texts.add("t:" + t.getTerm().text());
      } else if (q instanceof PhraseQuery p && p.getTerms().length > 0 && TEXT_FIELDS.contains(p.getField())
          && p.getSlop() == 0) {
        StringBuilder key = new StringBuilder("p:");
        for (int i = 0; i < p.getTerms().length; i++) {
          key.append(p.getPositions()[i]).append('=').append(p.getTerms()[i].text()).append('\u0000');
        }
        texts.add(key.toString());
        phraseTerms = List.of(p.getTerms());
        positions = p.getPositions();
      } else {
        return null;
      }
    }
    if (texts.size() != 1) {
      return null;
    }
    String key = texts.iterator().next();
    if (key.startsWith("t:")) {
      return new TermQuery(new Term(DocumentFields.ALL, key.substring(2)));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (int i = 0; i < phraseTerms.size(); i++) {
      phrase.add(new Term(DocumentFields.ALL, phraseTerms.get(i).text()), positions[i]);
    }
    return phrase.build();
  }
}
