package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jgsw.search.api.SearchHit;
import org.jgsw.search.api.SearchQuery;
import org.jgsw.search.testdata.FixtureLibrary;
import org.junit.jupiter.api.Test;

/**
 * nDCG@10 over the judged queries ({@code library/judgments.tsv}, 40 queries, grades 0–3) on the
 * fixture library. Measured (print them again with the main class {@link RelevanceComparison}):
 *
 * <pre>
 * (scores summed over fields, as searches run since the two-pass search; the dis-max it replaced
 *  measured 0.963 for the chosen settings)
 * bigrams only (no segmenter)                       0.854
 * SmartChinese words on title+summary+body          0.971
 * HanLP + domain dictionary, title+summary+body     0.964
 * jieba + domain dictionary, title+summary+body     0.960
 * HanLP + domain dictionary, title+summary only     0.960   ← chosen (DEFAULTS)
 *   field weights equal 1/1/1                       0.967
 *   title 5, summary 2                              0.959
 *   title 2, summary 1.2                            0.967
 *   words weight 1.0 (vs 0.5)                       0.959
 *   no phrase boost                                 0.958
 *   min-should-match 0.5 / 0.9 (vs 0.7)             0.969 / 0.943
 * </pre>
 *
 * The segmenter matters most (+0.11 over bigrams alone), mainly because its word count lets a
 * query miss the bigrams that span word boundaries. HanLP with the bureau's dictionary is chosen
 * over SmartChinese (0.01 higher here, one query) because the dictionary keeps 公务用车 and the like
 * whole, so such queries stay strict on a large library instead of matching 公务 … 用车 anywhere;
 * segmenting the body adds nothing measurable and costs indexing time, so only title and summary
 * are segmented. Weights 3 (title, number) / 1.5 (summary) / 1 (body) and min-should-match 0.7
 * are kept: the alternatives differ by one or two queries on 40, within noise of the judgments.
 *
 * <p>{@link #THRESHOLD} sits under the measured 0.960 and well above bigrams alone (0.855), so a
 * regression in analysis fails while a harmless change in ranking passes.
 */
class RelevanceTest {

  static final double THRESHOLD = 0.93;

  @Test
  void theDefaultSettingsRankWell() {
    double ndcg = ndcg(IndexSettings.DEFAULTS, true);
    System.out.printf("nDCG@10 (defaults: %s) = %.4f%n", IndexSettings.DEFAULTS.segmenter(), ndcg);
    assertThat(ndcg).isGreaterThanOrEqualTo(THRESHOLD);
  }

  static double ndcg(IndexSettings settings, boolean printMisses) {
    Map<String, Map<Long, Integer>> judged = FixtureLibrary.judgments();
    assertThat(judged).hasSizeGreaterThanOrEqualTo(30);
    try (var index = new LuceneLibraryIndex(new ByteBuffersDirectory(), settings)) {
      index.indexAll(FixtureLibrary.documents());
      double sum = 0;
      for (var e : judged.entrySet()) {
        List<Long> ranked = index.search(SearchQuery.of(e.getKey())).hits().stream().map(SearchHit::id).toList();
        double q = ndcgAt10(ranked, e.getValue());
        if (printMisses && q < 0.7) {
          System.out.printf("  low nDCG %.3f for %s: %s%n", q, e.getKey(), ranked);
        }
        sum += q;
      }
      return sum / judged.size();
    }
  }

  static double ndcgAt10(List<Long> ranked, Map<Long, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
