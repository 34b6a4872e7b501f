package org.jgsw.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over the documents matching the text: collects the top hits among those passing every
 * facet filter, and counts facet values drill-sideways — a document failing only facet F's filter
 * still counts for F, so choosing a value of F leaves F's other values and counts visible while
 * narrowing all other facets. Reads doc values per segment with segment ordinals (values of these
 * facets are few), so no global ordinal map is built on refresh.
 */
final class FacetCounts implements Collector {

  /** A facet: its doc-values field and the values selected (empty = no filter). */
  record Dimension(String name, String field, Set<String> selected) {}

  private final TopDocsCollector<?> top;
  private final List<Dimension> dimensions;
  private final List<Map<String, Long>> counts = new ArrayList<>();
  private long total;

  FacetCounts(TopDocsCollector<?> top, List<Dimension> dimensions) {
    this.top = top;
    this.dimensions = dimensions;
    dimensions.forEach(d -> counts.add(new HashMap<>()));
  }

  long total() {
    return total;
  }

  TopDocsCollector<?> top() {
    return top;
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
    return top.scoreMode();
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    LeafCollector topLeaf = top.getLeafCollector(context);
    int n = dimensions.size();
    SortedSetDocValues[] values = new SortedSetDocValues[n];
    boolean[][] selected = new boolean[n][];
    int[][] leafCounts = new int[n][];
    for (int i = 0; i < n; i++) {
      Dimension d = dimensions.get(i);
      values[i] = DocValues.getSortedSet(context.reader(), d.field());
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
    int[][] ords = new int[n][8];
    int[] ordCount = new int[n];
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) throws IOException {
        topLeaf.setScorer(scorer);
      }

      @Override
      public void collect(int doc) throws IOException {
        int failed = -1;
        int failures = 0;
        for (int i = 0; i < n; i++) {
          ordCount[i] = 0;
          boolean pass = selected[i] == null;
          if (values[i].advanceExact(doc)) {
            int count = values[i].docValueCount();
            if (ords[i].length < count) {
              ords[i] = new int[count];
            }
            for (int k = 0; k < count; k++) {
              int ord = (int) values[i].nextOrd();
              ords[i][k] = ord;
              pass |= selected[i] != null && selected[i][ord];
            }
            ordCount[i] = count;
          }
          if (!pass) {
            failures++;
            failed = i;
          }
        }
        if (failures == 0) {
          total++;
          topLeaf.collect(doc);
          for (int i = 0; i < n; i++) {
            for (int k = 0; k < ordCount[i]; k++) {
              leafCounts[i][ords[i][k]]++;
            }
          }
        } else if (failures == 1) {
          for (int k = 0; k < ordCount[failed]; k++) {
            leafCounts[failed][ords[failed][k]]++;
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
