package org.jgsw.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints nDCG@10 of the judged queries for alternative analysis settings, the table in {@link
 * RelevanceTest}'s Javadoc. Not a test: run it when changing analysis or weights, e.g.
 * {@code java -cp <test classpath> org.jgsw.search.internal.RelevanceComparison}.
 */
public final class RelevanceComparison {

  private RelevanceComparison() {}

  public static void main(String[] args) {
    Map<String, IndexSettings> alternatives = new LinkedHashMap<>();
    IndexSettings d = IndexSettings.DEFAULTS;
    for (ChineseAnalysis.Segmenter s : ChineseAnalysis.Segmenter.values()) {
      alternatives.put(s + " words on title+summary+body", d.withSegmenter(s, true));
    }
    alternatives.put("HANLP words on title+summary only", d.withSegmenter(ChineseAnalysis.Segmenter.HANLP, false));
    alternatives.put("equal field weights", d.withWeights(1f, 1f, 1f, d.wordsWeight(), d.phraseWeight()));
    alternatives.put("title 5, summary 2", d.withWeights(5f, 2f, 1f, d.wordsWeight(), d.phraseWeight()));
    alternatives.put("title 2, summary 1.2", d.withWeights(2f, 1.2f, 1f, d.wordsWeight(), d.phraseWeight()));
    alternatives.put("words weight 1.0", d.withWeights(d.titleWeight(), d.summaryWeight(), 1f, 1f, d.phraseWeight()));
    alternatives.put("no phrase boost", d.withWeights(d.titleWeight(), d.summaryWeight(), 1f, d.wordsWeight(), 0f));
    alternatives.put("min-should-match 0.5", d.withMinShouldMatch(0.5f));
    alternatives.put("min-should-match 0.9", d.withMinShouldMatch(0.9f));
    alternatives.forEach((name, settings) ->
        System.out.printf("nDCG@10 %-40s %.4f%n", name, RelevanceTest.ndcg(settings, false)));
  }

}
