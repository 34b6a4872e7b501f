package org.jgsw.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jgsw.search.LibraryIndexes;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.api.LibraryIndex;
import org.jgsw.search.api.SearchQuery;

/**
 * Indexing and search speed on a deterministic synthetic corpus (not a test; not run by mvn test).
 *
 * <pre>
 * cd /work/main
 * mvn -q -o test-compile dependency:build-classpath -pl search-index -Dbuild.dir.name=target-s \
 *     -Dmdep.outputFile=target-s/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp search-index/target-s/classes:search-index/target-s/test-classes:$(cat search-index/target-s/cp.txt) \
 *     org.jgsw.search.bench.SearchBenchmark 100000
 * </pre>
 *
 * Add {@code --no-query-cache} to measure without Lucene's filter cache, {@code --per-query} to print
 * each query's own p50 / p95 as well.
 *
 * <p>Prints indexing docs/s (a full {@code rebuild} into a temp directory), the time for a saved
 * document to become searchable, and in-process search p50/p95/p99 over a fixed query mix
 * (keywords, phrases, numbers, natural questions, filters, in-force date, date sort), every search
 * with facets and highlighted snippets.
 */
public final class SearchBenchmark {

  private static final String[] DOMAINS = {"公务用车", "办公用房", "公共机构节能", "公务接待", "会议服务", "物业管理",
      "资产管理", "后勤服务", "住房公积金", "幼儿教育", "干部教育培训", "效能督导"};
  private static final String[] REGIONS = {"全国", "四川", "山西", "上海", "江苏", "广西", "成都", "无锡", "柳州", "重庆"};
  private static final String[] TERMS = {"公务用车", "办公用房", "公共机构节能", "公务接待", "社会化用车", "定点饭店",
      "能源消耗", "物业服务", "机关事务", "驾驶舱", "合同能源管理", "垃圾分类", "反食品浪费", "机关食堂", "公物仓",
      "国有资产", "会议费", "差旅费", "维修改造", "安全生产", "消防安全", "政府采购", "预算管理", "绩效管理",
      "节约型机关", "新能源汽车", "执法执勤用车", "集中统一管理", "能耗定额", "智慧后勤"};
  private static final String[] VERBS = {"应当严格执行", "应当加强", "不得擅自改变", "按照规定落实", "统筹推进", "定期检查",
      "建立健全", "依法规范", "逐步完善", "认真组织"};
  private static final String[] OBJECTS = {"配备标准", "管理制度", "统计报送", "监督检查", "考核评价", "台账记录",
      "信息公开", "审批程序", "费用结算", "应急预案", "服务质量", "培训计划"};
  private static final String[] SUBJECTS = {"各级机关", "公共机构", "机关事务管理部门", "使用单位", "物业服务企业",
      "财政部门", "主管部门", "省直机关", "市县机关事务局"};
  private static final String[] SUFFIXES = {"管理办法", "实施细则", "服务规范", "工作指引", "评价导则", "经验做法", "管理规定"};

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    boolean queryCache = java.util.Arrays.stream(args).noneMatch("--no-query-cache"::equals);
    if (!queryCache) {
      // Lucene caches filters it sees often; a fixed query mix repeated 2,000 times is the best case
      // for that cache, so this measures the engine without it.
      org.apache.lucene.search.IndexSearcher.setDefaultQueryCache(null);
    }
    Path dir = Files.createTempDirectory("jgsw-bench-");
    System.out.printf("corpus: %,d synthetic documents, index in %s, %d cores, Lucene query cache %s%n", size, dir,
        Runtime.getRuntime().availableProcessors(), queryCache ? "on (default)" : "off");
    try (LibraryIndex index = LibraryIndexes.open(dir)) {
      long[] bytes = new long[1];
      Iterator<IndexableDocument> docs = Stream.iterate(0, i -> i + 1).limit(size).map(i -> {
        IndexableDocument d = document(i);
        bytes[0] += d.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return d;
      }).iterator();
      long t0 = System.nanoTime();
      long[] written = new long[1];
      var result = index.rebuild(docs, size, (done, total) -> {
        if (done % 20_000 == 0) {
          System.out.printf("  indexed %,d / %,d%n", done, total);
        }
        if (done >= total && written[0] == 0) {
          written[0] = System.nanoTime();
        }
      });
      double secs = (System.nanoTime() - t0) / 1e9;
      double writing = ((written[0] == 0 ? System.nanoTime() : written[0]) - t0) / 1e9;
      System.out.printf("indexing: %,d docs analysed and written in %.1f s = %,.0f docs/s (average body %,d bytes UTF-8);"
              + " the whole rebuild, with the final merge to one segment per core: %.1f s%n",
          result.indexed(), writing, result.indexed() / writing, bytes[0] / size, secs);

      List<SearchQuery> mix = queries();
      for (int i = 0; i < 300; i++) {
        index.search(mix.get(i % mix.size()));
      }
      int rounds = 2000;
      long[] times = new long[rounds];
      long[][] perQuery = new long[mix.size()][rounds / mix.size() + 1];
      long[] queryHits = new long[mix.size()];
      long hits = 0;
      for (int i = 0; i < rounds; i++) {
        long s = System.nanoTime();
        long total = index.search(mix.get(i % mix.size())).total();
        times[i] = System.nanoTime() - s;
        hits += total;
        perQuery[i % mix.size()][i / mix.size()] = times[i];
        queryHits[i % mix.size()] = total;
      }
      Arrays.sort(times);
      if (Arrays.asList(args).contains("--per-query")) {
        for (int k = 0; k < mix.size(); k++) {
          long[] own = Arrays.copyOf(perQuery[k], (rounds - k + mix.size() - 1) / mix.size());
          Arrays.sort(own);
          System.out.printf("  %-40s %,7d hits  p50 %.2f ms  p95 %.2f ms%n", mix.get(k), queryHits[k],
              ms(own, 0.50), ms(own, 0.95));
        }
      }
      System.out.printf("search (in-process, facets + highlights, %d queries of a %d-query mix, avg %,d hits): "
              + "p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n", rounds, mix.size(), hits / rounds,
          ms(times, 0.50), ms(times, 0.95), ms(times, 0.99));

      long[] nrt = new long[20];
      for (int i = 0; i < nrt.length; i++) {
        long s = System.nanoTime();
        index.index(document(size + i));
        nrt[i] = System.nanoTime() - s;
      }
      Arrays.sort(nrt);
      System.out.printf("near-real-time: index() returning with the document searchable: p50 %.1f ms, max %.1f ms%n",
          ms(nrt, 0.5), nrt[nrt.length - 1] / 1e6);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  /** The fixed query mix: keywords, phrases, numbers, questions, filters, in-force date, date sort, a deep page. */
  public static List<SearchQuery> queries() {
    List<SearchQuery> q = new ArrayList<>();
    for (String text : List.of("公务用车", "办公用房", "能源消耗统计", "定点饭店", "物业服务", "驾驶舱", "公物仓",
        "合同能源管理", "垃圾分类", "机关食堂反食品浪费")) {
      q.add(SearchQuery.of(text));
    }
    q.add(SearchQuery.of("\"公务用车配备标准\""));
    q.add(SearchQuery.of("\"集中统一管理\" 办公用房"));
    q.add(SearchQuery.of("DB51/T 1234-2018"));
    q.add(SearchQuery.of("db51t2345"));
    q.add(SearchQuery.of("川办发〔2019〕15号"));
    q.add(SearchQuery.of("第十二条 公务接待"));
    q.add(SearchQuery.of("公务用车平台怎么派车"));
    q.add(SearchQuery.of("办公用房维修改造有哪些规定"));
    q.add(SearchQuery.of("公务用车").withRegions(Set.of("四川")));
    q.add(SearchQuery.of("能源消耗").withKinds(Set.of(DocumentKind.STANDARD)).withStatuses(Set.of(DocumentStatus.CURRENT)));
    q.add(SearchQuery.of("会议费").withDomains(Set.of("会议服务")).withYears(Set.of(2020, 2021)));
    q.add(SearchQuery.of("公务接待").inForceOn(LocalDate.of(2020, 1, 1)));
    q.add(SearchQuery.of("政府采购").sortedBy(SearchQuery.Sort.DATE));
    q.add(SearchQuery.of("物业服务").page(2, 10));
    return q;
  }

  /** Document {@code i}: the same every run. */
  public static IndexableDocument document(int i) {
    Random r = new Random(i * 7919L + 17);
    String domain = DOMAINS[r.nextInt(DOMAINS.length)];
    String region = REGIONS[r.nextInt(REGIONS.length)];
    DocumentKind kind = DocumentKind.values()[r.nextInt(3)];
    int year = 2005 + r.nextInt(20);
    String number = switch (kind) {
      case STANDARD -> "DB51/T " + (1000 + i % 9000) + "-" + year;
      case REGULATION -> "川办发〔" + year + "〕" + (1 + i % 300) + "号";
      case CASE -> null;
    };
    DocumentStatus status = r.nextInt(10) == 0 ? DocumentStatus.REPEALED : DocumentStatus.CURRENT;
    String title = region + pick(r, TERMS) + pick(r, SUFFIXES) + "（第" + (i % 97) + "号）";
    int targetBytes = 1024 + r.nextInt(2048);
    StringBuilder body = new StringBuilder();
    int article = 1;
    while (body.length() * 3 < targetBytes) {
      body.append("第").append(article++).append("条 ").append(pick(r, SUBJECTS)).append(pick(r, VERBS))
          .append(pick(r, TERMS)).append(pick(r, OBJECTS)).append("，").append(pick(r, VERBS))
          .append(pick(r, TERMS)).append("的").append(pick(r, OBJECTS)).append("。\n");
    }
    LocalDate issued = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    return new IndexableDocument(i, "SYN-" + i, kind, title, number, region + "机关事务管理局", region,
        List.of(domain, DOMAINS[r.nextInt(DOMAINS.length)]), status, issued, null,
        status == DocumentStatus.REPEALED ? issued.plusYears(3) : null, null, List.of(pick(r, TERMS)),
        pick(r, SUBJECTS) + pick(r, VERBS) + domain + pick(r, OBJECTS) + "。", body.toString(), null);
  }

  private static String pick(Random r, String[] words) {
    return words[r.nextInt(words.length)];
  }
}
