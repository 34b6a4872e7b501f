package org.jgsw.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values of one segment as plain arrays of segment ordinals: document → first slot in
 * {@link #ords}. Counting reads arrays instead of advancing doc-values iterators per hit, which
 * made facet counting the larger half of a search on big result sets. Segments never change, so the
 * arrays are built once per segment and dropped when Lucene closes it (core-closed listener).
 */
final class FacetOrdinals {

  private static final Map<IndexReader.CacheKey, Map<String, FacetOrdinals>> CACHE = new ConcurrentHashMap<>();

  /** {@code ords[starts[doc]] … ords[starts[doc + 1] - 1]} are the document's ordinals. */
  private final int[] starts;
  private final int[] ords;
  /** When no document has two values (kind, status, region, year): the ordinal, or -1 for none. */
  private final int[] single;
  /**
   * Otherwise, when few distinct sets of values occur (domains: a document has one to three of a
   * dozen): document → set number, and the sets' ordinals; else null. Counting a match is then one
   * increment per set number, spread to the values once per segment.
   */
  private final int[] setOf;
  private final int[][] sets;
  private final SortedSetDocValues lookup;

  private FacetOrdinals(int[] starts, int[] ords, SortedSetDocValues lookup) {
    this.lookup = lookup;
    int maxDoc = starts.length - 1;
    boolean singleValued = true;
    for (int doc = 0; doc < maxDoc && singleValued; doc++) {
      singleValued = starts[doc + 1] - starts[doc] <= 1;
    }
    if (singleValued) {
      this.single = new int[maxDoc];
      for (int doc = 0; doc < maxDoc; doc++) {
        single[doc] = starts[doc + 1] > starts[doc] ? ords[starts[doc]] : -1;
      }
      this.starts = null;
      this.ords = null;
      this.setOf = null;
      this.sets = null;
    } else {
      this.single = null;
      this.starts = starts;
      this.ords = ords;
      int[] setNumbers = new int[maxDoc];
      Map<List<Integer>, Integer> numbers = new HashMap<>();
      List<int[]> distinct = new ArrayList<>();
      for (int doc = 0; doc < maxDoc && setNumbers != null; doc++) {
        int[] values = Arrays.copyOfRange(ords, starts[doc], starts[doc + 1]);
        Integer number = numbers.get(Arrays.stream(values).boxed().toList());
        if (number == null) {
          if (distinct.size() >= MAX_SETS) {
            setNumbers = null;
            break;
          }
          number = distinct.size();
          numbers.put(Arrays.stream(values).boxed().toList(), number);
          distinct.add(values);
        }
        setNumbers[doc] = number;
      }
      this.setOf = setNumbers;
      this.sets = setNumbers == null ? null : distinct.toArray(int[][]::new);
    }
  }

  /** More distinct sets than this and a multi-valued facet is counted value by value. */
  static final int MAX_SETS = 4096;

  /** Whether documents are numbered by their set of values ({@link #setOf}, {@link #set}). */
  boolean hasSets() {
    return setOf != null;
  }

  /** The number of {@code doc}'s set of values; only when {@link #hasSets()}. */
  int setOf(int doc) {
    return setOf[doc];
  }

  /** How many distinct sets of values there are; only when {@link #hasSets()}. */
  int setCount() {
    return sets.length;
  }

  /** The ordinals of set {@code number}. */
  int[] set(int number) {
    return sets[number];
  }

  /** Whether no document has more than one value. */
  boolean singleValued() {
    return single != null;
  }

  /** The one ordinal of {@code doc}, or -1 for none; only when {@link #singleValued()}. */
  int single(int doc) {
    return single[doc];
  }

  /** Counts the values of {@code doc} into {@code counts} (by ordinal). */
  void count(int doc, int[] counts) {
    if (single != null) {
      int ord = single[doc];
      if (ord >= 0) {
        counts[ord]++;
      }
      return;
    }
    for (int s = starts[doc], end = starts[doc + 1]; s < end; s++) {
      counts[ords[s]]++;
    }
  }

  /** Whether {@code doc} has one of the values marked in {@code selected} (by ordinal). */
  boolean hasAny(int doc, boolean[] selected) {
    if (single != null) {
      int ord = single[doc];
      return ord >= 0 && selected[ord];
    }
    for (int s = starts[doc], end = starts[doc + 1]; s < end; s++) {
      if (selected[ords[s]]) {
        return true;
      }
    }
    return false;
  }

  static FacetOrdinals of(LeafReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return load(reader, field);
    }
    Map<String, FacetOrdinals> perField = CACHE.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(CACHE::remove);
      return new ConcurrentHashMap<>();
    });
    FacetOrdinals cached = perField.get(field);
    if (cached == null) {
      cached = load(reader, field);
      perField.put(field, cached);
    }
    return cached;
  }

  private static FacetOrdinals load(LeafReader reader, String field) throws IOException {
    int maxDoc = reader.maxDoc();
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[maxDoc];
    int size = 0;
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    int next = values.nextDoc();
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = size;
      if (next == doc) {
        int count = values.docValueCount();
        if (ords.length < size + count) {
          ords = Arrays.copyOf(ords, Math.max(ords.length * 2, size + count));
        }
        for (int k = 0; k < count; k++) {
          ords[size++] = (int) values.nextOrd();
        }
        next = values.nextDoc();
      }
    }
    starts[maxDoc] = size;
    // A fresh instance for value lookups: the iterator above is exhausted.
    return new FacetOrdinals(starts, Arrays.copyOf(ords, size), DocValues.getSortedSet(reader, field));
  }

  int valueCount() {
    return (int) lookup.getValueCount();
  }

  /** The ordinal of {@code value}, or a negative number if the segment does not have it. */
  synchronized long ordOf(String value) throws IOException {
    return lookup.lookupTerm(new BytesRef(value));
  }

  synchronized String value(int ord) throws IOException {
    return lookup.lookupOrd(ord).utf8ToString();
  }
}
