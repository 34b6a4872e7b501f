package org.jgsw.search.internal;

/**
 * Analysis and ranking settings. {@link #DEFAULTS} were chosen by nDCG@10 on the judged query set:
 * HanLP with the domain dictionary on title and summary, bigrams everywhere, weights title/number 3,
 * summary 1.5, body 1, meta 0.8, min-should-match 0.7 → 0.960; bigrams alone 0.854; SmartChinese
 * 0.971; jieba 0.960 (RelevanceTest lists every alternative measured and why these were kept).
 *
 * @param wordsOnBody also segment the body into words (costs indexing speed)
 * @param minShouldMatch share of the query's bigrams a document must contain
 * @param wordsWeight weight of the word-segmented fields relative to the bigram fields
 * @param phraseWeight weight of the query appearing as an exact phrase in title or body
 * @param indexingThreads threads analysing documents during a rebuild
 */
public record IndexSettings(
    ChineseAnalysis.Segmenter segmenter,
    boolean wordsOnBody,
    float titleWeight,
    float numberWeight,
    float summaryWeight,
    float metaWeight,
    float bodyWeight,
    float wordsWeight,
    float phraseWeight,
    float minShouldMatch,
    int indexingThreads) {

  public static final IndexSettings DEFAULTS =
      new IndexSettings(ChineseAnalysis.Segmenter.HANLP, false, 3f, 3f, 1.5f, 0.8f, 1f, 0.5f, 1f, 0.7f,
          Math.max(1, Runtime.getRuntime().availableProcessors()));

  public IndexSettings withSegmenter(ChineseAnalysis.Segmenter value, boolean onBody) {
    return new IndexSettings(value, onBody, titleWeight, numberWeight, summaryWeight, metaWeight,
        bodyWeight, wordsWeight, phraseWeight, minShouldMatch, indexingThreads);
  }

  public IndexSettings withWeights(float title, float summary, float body, float words, float phrase) {
    return new IndexSettings(segmenter, wordsOnBody, title, title, summary, metaWeight, body, words,
        phrase, minShouldMatch, indexingThreads);
  }

  public IndexSettings withMinShouldMatch(float value) {
    return new IndexSettings(segmenter, wordsOnBody, titleWeight, numberWeight, summaryWeight,
        metaWeight, bodyWeight, wordsWeight, phraseWeight, value, indexingThreads);
  }
}
