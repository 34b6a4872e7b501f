package org.jgsw.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.stream.IntStream;

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
      FixedBitSet passing = accepted.computeIfAbsent(context.ord, leaf -> new FixedBitSet(context.reader().maxDoc()));
      int[] single = IntStream.range(0, n).filter(i -> values[i].singleValued()).toArray();
      FacetCombos combos = single.length < 2 ? null : FacetCombos.of(context.reader(),
          Arrays.stream(single).mapToObj(i -> dimensions.get(i).field()).toList(),
          Arrays.stream(single).mapToObj(i -> values[i]).toArray(FacetOrdinals[]::new));
      return combos == null
          ? new OneByOne(values, selected, leafCounts, passing)
          : new Combined(values, selected, leafCounts, passing, single, combos);
    }

    /** The counts of one segment, added to the slice's when the segment is done. */
    private abstract class LeafCounts implements LeafCollector {
      final FacetOrdinals[] values;
      final boolean[][] selected;
      final int[][] leafCounts;
      final FixedBitSet passing;

      LeafCounts(FacetOrdinals[] values, boolean[][] selected, int[][] leafCounts, FixedBitSet passing) {
        this.values = values;
        this.selected = selected;
        this.leafCounts = leafCounts;
        this.passing = passing;
      }

      @Override
      public final void setScorer(Scorable scorer) {
        // Counting only.
      }

      /** Completes {@link #leafCounts} before they are added up. */
      void spread() {}

      @Override
      public final void finish() throws IOException {
        spread();
        for (int i = 0; i < values.length; i++) {
          for (int ord = 0; ord < leafCounts[i].length; ord++) {
            if (leafCounts[i][ord] > 0) {
              counts.get(i).merge(values[i].value(ord), (long) leafCounts[i][ord], Long::sum);
            }
          }
        }
      }
    }

    /** Counts each facet of a match on its own. */
    private final class OneByOne extends LeafCounts {
      private final int[] filtered;

      OneByOne(FacetOrdinals[] values, boolean[][] selected, int[][] leafCounts, FixedBitSet passing) {
        super(values, selected, leafCounts, passing);
        this.filtered = IntStream.range(0, values.length).filter(i -> selected[i] != null).toArray();
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
          for (int i = 0; i < values.length; i++) {
            values[i].count(doc, leafCounts[i]);
          }
        } else if (failures == 1) {
          values[failed].count(doc, leafCounts[failed]);
        }
      }
    }

    /**
     * Counts the single-valued facets of a match as one combination ({@link FacetCombos}), spread
     * back to the facets in {@link #spread}; the others by their document's set of values where the
     * segment numbers them ({@link FacetOrdinals#hasSets()}), else value by value. Which filters a
     * combination or a set fails is worked out once per search, not per match.
     */
    private final class Combined extends LeafCounts {
      /** {@link #failing}: the combination passes every filter of the single-valued facets. */
      private static final int PASSES = -1;
      /** {@link #failing}: the combination fails two or more of them; it counts nowhere. */
      private static final int FAILS_TWO = -2;

      private final int[] single;
      private final FacetCombos combos;
      private final int[] multi;
      private final int[] multiFiltered;
      private final int[] matches;
      /** Per combination: PASSES, FAILS_TWO, or the index in {@link #single} of the one filter it fails; null when none filters. */
      private final int[] failing;
      /** Matches per combination that fail just that one single-valued filter (drill-sideways). */
      private final int[] sideways;
      /** Per multi-valued facet with numbered sets: matches per set, and whether a set passes the facet's filter. */
      private final int[][] setCounts;
      private final boolean[][] setPasses;

      Combined(FacetOrdinals[] values, boolean[][] selected, int[][] leafCounts, FixedBitSet passing, int[] single,
          FacetCombos combos) {
        super(values, selected, leafCounts, passing);
        this.single = single;
        this.combos = combos;
        this.multi = IntStream.range(0, values.length).filter(i -> !values[i].singleValued()).toArray();
        this.multiFiltered = Arrays.stream(multi).filter(i -> selected[i] != null).toArray();
        this.matches = new int[combos.size()];
        boolean filtered = Arrays.stream(single).anyMatch(i -> selected[i] != null);
        this.failing = filtered ? failing() : null;
        this.sideways = filtered ? new int[combos.size()] : null;
        this.setCounts = new int[values.length][];
        this.setPasses = new boolean[values.length][];
        for (int i : multi) {
          if (values[i].hasSets()) {
            setCounts[i] = new int[values[i].setCount()];
            if (selected[i] != null) {
              setPasses[i] = new boolean[values[i].setCount()];
              for (int number = 0; number < setPasses[i].length; number++) {
                for (int ord : values[i].set(number)) {
                  setPasses[i][number] |= selected[i][ord];
                }
              }
            }
          }
        }
      }

      private int[] failing() {
        int[] result = new int[combos.size()];
        for (int c = 0; c < result.length; c++) {
          int failed = PASSES;
          for (int k = 0; k < single.length && failed != FAILS_TWO; k++) {
            boolean[] chosen = selected[single[k]];
            int ord = combos.ordinal(c, k);
            if (chosen != null && (ord < 0 || !chosen[ord])) {
              failed = failed == PASSES ? k : FAILS_TWO;
            }
          }
          result[c] = failed;
        }
        return result;
      }

      @Override
      public void collect(int doc) {
        int c = combos.of(doc);
        int failedSingle = failing == null ? PASSES : failing[c];
        if (failedSingle == FAILS_TWO) {
          return;
        }
        int failedMulti = -1;
        int multiFailures = 0;
        for (int i : multiFiltered) {
          boolean[] passes = setPasses[i];
          if (passes != null ? !passes[values[i].setOf(doc)] : !values[i].hasAny(doc, selected[i])) {
            multiFailures++;
            failedMulti = i;
          }
        }
        if (failedSingle == PASSES) {
          if (multiFailures == 0) {
            total++;
            passing.set(doc);
            matches[c]++;
            for (int i : multi) {
              countMulti(i, doc);
            }
          } else if (multiFailures == 1) {
            countMulti(failedMulti, doc);
          }
        } else if (multiFailures == 0) {
          sideways[c]++;
        }
      }

      private void countMulti(int i, int doc) {
        int[] perSet = setCounts[i];
        if (perSet != null) {
          perSet[values[i].setOf(doc)]++;
        } else {
          values[i].count(doc, leafCounts[i]);
        }
      }

      @Override
      void spread() {
        for (int i : multi) {
          int[] perSet = setCounts[i];
          for (int number = 0; perSet != null && number < perSet.length; number++) {
            if (perSet[number] > 0) {
              for (int ord : values[i].set(number)) {
                leafCounts[i][ord] += perSet[number];
              }
            }
          }
        }
        for (int c = 0; c < matches.length; c++) {
          if (matches[c] > 0) {
            for (int k = 0; k < single.length; k++) {
              int ord = combos.ordinal(c, k);
              if (ord >= 0) {
                leafCounts[single[k]][ord] += matches[c];
              }
            }
          }
          if (sideways != null && sideways[c] > 0) {
            int k = failing[c];
            int ord = combos.ordinal(c, k);
            if (ord >= 0) {
              leafCounts[single[k]][ord] += sideways[c];
            }
          }
        }
      }
    }
  }
}
