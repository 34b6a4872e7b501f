package org.jgsw.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import java.util.Collection;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * One non-scoring pass (in parts side by side, one {@link Slice} each, merged by {@link #reduce}) over the documents matching the text: counts those passing every facet
 * filter (and remembers them per segment for the scoring pass), and counts facet values
 * drill-sideways — a document failing only facet F's filter still counts for F, so choosing a value
 * of F leaves F's other values and counts visible while narrowing all other facets. Works on segment
 * ordinals ({@link FacetOrdinals}), so no global ordinal map is built on refresh.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Slice, FacetCounts> {

  /** A facet: its doc-values field and the values selected (empty = no filter). */
  record Dimension(String name, String field, Set<String> selected) {}

  private final List<Dimension> dimensions;
  private final List<Map<String, Long>> counts = new ArrayList<>();
  private final Map<Integer, FixedBitSet> accepted = new HashMap<>();
  private long total;

  FacetCounts(List<Dimension> dimensions) {
    this.dimensions = dimensions;
    dimensions.forEach(d -> counts.add(new HashMap<>()));
  }

  long total() {
    return total;
  }

  /** The documents of segment {@code leafOrd} that match and pass every facet filter, or {@code null}. */
  FixedBitSet accepted(int leafOrd) {
    return accepted.get(leafOrd);
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
  public Slice newCollector() {
    return new Slice();
  }

  @Override
  public FacetCounts reduce(Collection<Slice> slices) {
    for (Slice slice : slices) {
      total += slice.total;
      // two slices may have seen parts of one segment (SearchHelpers#searchInHalves)
      slice.accepted.forEach((leaf, bits) -> accepted.merge(leaf, bits, (a, b) -> {
        a.or(b);
        return a;
      }));
      for (int i = 0; i < dimensions.size(); i++) {
        Map<String, Long> into = counts.get(i);
        slice.counts.get(i).forEach((value, count) -> into.merge(value, count, Long::sum));
      }
    }
    return this;
  }

  /** The counts of the segments one thread searched. */
  final class Slice implements Collector {
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final Map<Integer, FixedBitSet> accepted = new HashMap<>();
    private long total;

    Slice() {
      dimensions.forEach(d -> counts.add(new HashMap<>()));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int n = dimensions.size();
      FacetOrdinals[] values = new FacetOrdinals[n];
      boolean[][] selected = new boolean[n][];
      int[][] leafCounts = new int[n][];
      for (int i = 0; i < n; i++) {
        Dimension d = dimensions.get(i);
        values[i] = FacetOrdinals.of(context.reader(), d.field());
        leafCounts[i] = new int[values[i].valueCount()];
        if (!d.selected().isEmpty()) {
          selected[i] = new boolean[values[i].valueCount()];
          for (String v : d.selected()) {
            long ord = values[i].ordOf(v);
            if (ord >= 0) {
              selected[i][(int) ord] = true;
            }
          }
        }
      }
      int[] filtered = java.util.stream.IntStream.range(0, n).filter(i -> selected[i] != null).toArray();
      FixedBitSet passing = accepted.computeIfAbsent(context.ord, leaf -> new FixedBitSet(context.reader().maxDoc()));
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {
          // Counting only.
        }

        @Override
        public void collect(int doc) {
          int failed = -1;
          int failures = 0;
          for (int i : filtered) {
            if (!values[i].hasAny(doc, selected[i])) {
              failures++;
              failed = i;
            }
          }
          if (failures == 0) {
            total++;
            passing.set(doc);
            for (int i = 0; i < n; i++) {
              values[i].count(doc, leafCounts[i]);
            }
          } else if (failures == 1) {
            values[failed].count(doc, leafCounts[failed]);
          }
        }

        @Override
        public void finish() throws IOException {
          for (int i = 0; i < n; i++) {
            for (int ord = 0; ord < leafCounts[i].length; ord++) {
              if (leafCounts[i][ord] > 0) {
                counts.get(i).merge(values[i].value(ord), (long) leafCounts[i][ord], Long::sum);
              }
            }
          }
        }
      };
    }
  }
}
