package org.jgsw.search.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * The values of several single-valued facets of one segment folded into one number per document
 * (mixed radix, digit 0 = no value), so counting a match is one array read and one increment
 * instead of one of each per facet; the counts per combination are spread back to the facets once
 * per segment ({@link #ordinal}). Only where the combinations are few (kind × status × region ×
 * year is a few thousand); otherwise {@link #of} returns {@code null} and the facets count one by one.
 */
final class FacetCombos {

  /** Largest number of combinations kept: the per-search count arrays stay small. */
  static final int MAX_COMBINATIONS = 1 << 16;

  private static final Map<IndexReader.CacheKey, Map<String, FacetCombos>> CACHE = new ConcurrentHashMap<>();

  private final int[] combination;
  private final int[] radix;
  private final int[] stride;
  private final int size;

  private FacetCombos(int[] combination, int[] radix, int[] stride, int size) {
    this.combination = combination;
    this.radix = radix;
    this.stride = stride;
    this.size = size;
  }

  /** The combination of {@code doc}. */
  int of(int doc) {
    return combination[doc];
  }

  /** How many combinations there are (the length of a count array). */
  int size() {
    return size;
  }

  /** The ordinal of facet {@code i} (in the order given to {@link #of}) in {@code combination}, or -1 for none. */
  int ordinal(int combination, int i) {
    return (combination / stride[i]) % radix[i] - 1;
  }

  /**
   * The combinations of {@code fields} in {@code reader}, whose ordinals are {@code ordinals} (each
   * single-valued); {@code null} if there would be more than {@link #MAX_COMBINATIONS}.
   */
  static FacetCombos of(LeafReader reader, List<String> fields, FacetOrdinals[] ordinals) {
    long combinations = 1;
    for (FacetOrdinals o : ordinals) {
      combinations *= o.valueCount() + 1L;
      if (combinations > MAX_COMBINATIONS) {
        return null;
      }
    }
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return build(reader.maxDoc(), ordinals);
    }
    Map<String, FacetCombos> perFields = CACHE.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(CACHE::remove);
      return new ConcurrentHashMap<>();
    });
    return perFields.computeIfAbsent(String.join("\u0000", fields), k -> build(reader.maxDoc(), ordinals));
  }

  private static FacetCombos build(int maxDoc, FacetOrdinals[] ordinals) {
    int n = ordinals.length;
    int[] radix = new int[n];
    int[] stride = new int[n];
    int size = 1;
    for (int i = n - 1; i >= 0; i--) {
      radix[i] = ordinals[i].valueCount() + 1;
      stride[i] = size;
      size *= radix[i];
    }
    int[] combination = new int[maxDoc];
    for (int doc = 0; doc < maxDoc; doc++) {
      int c = 0;
      for (int i = 0; i < n; i++) {
        c += (ordinals[i].single(doc) + 1) * stride[i];
      }
      combination[doc] = c;
    }
    return new FacetCombos(combination, radix, stride, size);
  }
}
