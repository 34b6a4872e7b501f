package org.jgsw.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * A non-scoring pass over the documents matching the text: counts the total of those passing every
 * facet filter, and counts facet values drill-sideways — a document failing only facet F's filter
 * still counts for F, so choosing a value of F leaves F's other values and counts visible while
 * narrowing all other facets. Reads doc values per segment with segment ordinals (values of these
 * facets are few), so no global ordinal map is built on refresh; single-valued fields are read
 * through their {@link SortedDocValues} view. No allocation per document. The top hits are found
 * by a separate scored query restricted by {@link #filter}.
 */
final class FacetCounts implements Collector {

  /** A facet: its doc-values field and the values selected (empty = no filter). */
  record Dimension(String name, String field, Set<String> selected) {}

  private final List<Dimension> dimensions;
  private final List<Map<String, Long>> counts = new ArrayList<>();
  private long total;

  FacetCounts(List<Dimension> dimensions) {
    this.dimensions = dimensions;
    dimensions.forEach(d -> counts.add(new HashMap<>()));
  }

  /** The facet filters as a query (null if no facet is filtered): a document must pass each. */
  static Query filter(List<Dimension> dimensions) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (Dimension d : dimensions) {
      if (!d.selected().isEmpty()) {
        List<BytesRef> values = new ArrayList<>();
        d.selected().forEach(v -> values.add(new BytesRef(v)));
        b.add(SortedSetDocValuesField.newSlowSetQuery(d.field(), values), Occur.FILTER);
        any = true;
      }
    }
    return any ? b.build() : null;
  }

  long total() {
    return total;
  }

  /** Facet → value → count, largest first (ties by value). */
  Map<String, Map<String, Long>> facets() {
    Map<String, Map<String, Long>> result = new LinkedHashMap<>();
    for (int i = 0; i < dimensions.size(); i++) {
      Map<String, Long> sorted = new LinkedHashMap<>();
      counts.get(i).entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      result.put(dimensions.get(i).name(), sorted);
    }
    return result;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    int n = dimensions.size();
    SortedSetDocValues[] values = new SortedSetDocValues[n];
    SortedDocValues[] single = new SortedDocValues[n];
    boolean[][] selected = new boolean[n][];
    int[][] leafCounts = new int[n][];
    for (int i = 0; i < n; i++) {
      Dimension d = dimensions.get(i);
      values[i] = DocValues.getSortedSet(context.reader(), d.field());
      single[i] = DocValues.unwrapSingleton(values[i]);
      int valueCount = (int) values[i].getValueCount();
      leafCounts[i] = new int[valueCount];
      if (!d.selected().isEmpty()) {
        selected[i] = new boolean[valueCount];
        for (String v : d.selected()) {
          long ord = values[i].lookupTerm(new BytesRef(v));
          if (ord >= 0) {
            selected[i][(int) ord] = true;
          }
        }
      }
    }
    // A document has at most valueCount distinct ordinals per field: buffers never grow.
    int[][] ords = new int[n][];
    for (int i = 0; i < n; i++) {
      ords[i] = new int[Math.max(1, leafCounts[i].length)];
    }
    int[] ordCount = new int[n];
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        int failed = -1;
        int failures = 0;
        for (int i = 0; i < n; i++) {
          int count = 0;
          boolean[] sel = selected[i];
          boolean pass = sel == null;
          int[] buffer = ords[i];
          if (single[i] != null) {
            if (single[i].advanceExact(doc)) {
              int ord = single[i].ordValue();
              buffer[0] = ord;
              count = 1;
              pass |= sel != null && sel[ord];
            }
          } else if (values[i].advanceExact(doc)) {
            count = values[i].docValueCount();
            for (int k = 0; k < count; k++) {
              int ord = (int) values[i].nextOrd();
              buffer[k] = ord;
              pass |= sel != null && sel[ord];
            }
          }
          ordCount[i] = count;
          if (!pass) {
            failures++;
            failed = i;
          }
        }
        if (failures == 0) {
          total++;
          for (int i = 0; i < n; i++) {
            int[] buffer = ords[i];
            int[] c = leafCounts[i];
            for (int k = 0; k < ordCount[i]; k++) {
              c[buffer[k]]++;
            }
          }
        } else if (failures == 1) {
          int[] buffer = ords[failed];
          int[] c = leafCounts[failed];
          for (int k = 0; k < ordCount[failed]; k++) {
            c[buffer[k]]++;
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < n; i++) {
          for (int ord = 0; ord < leafCounts[i].length; ord++) {
            if (leafCounts[i][ord] > 0) {
              String value = values[i].lookupOrd(ord).utf8ToString();
              counts.get(i).merge(value, (long) leafCounts[i][ord], Long::sum);
            }
          }
        }
      }
    };
  }
}
