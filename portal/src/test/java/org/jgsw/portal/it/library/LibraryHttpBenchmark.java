package org.jgsw.portal.it.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jgsw.search.LibraryIndexes;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.api.LibraryIndex;
import org.jgsw.search.api.SearchQuery;
import org.jgsw.search.api.Synonyms;
import org.jgsw.search.bench.SearchBenchmark;

/**
 * The library's speed through HTTP against a running portal, next to the same searches in process
 * (not a test). Generates search-index's deterministic synthetic corpus ({@link SearchBenchmark}),
 * imports it through {@code POST /api/library/import} (skip with {@code --no-import} when it is
 * there already), rebuilds the index through {@code POST /api/library/reindex} as an administrator
 * would after a bulk import (skip with {@code --no-rebuild}), then runs the same query mix as {@code SearchBenchmark} through {@code GET
 * /api/search} and in this JVM on an index of the same documents, and prints p50/p95/p99 of both.
 * The HTTP figures are taken with a kept-alive HTTP/1.1 client as curl is one ({@link KeepAliveGet});
 * the same searches through the JDK's {@code HttpURLConnection} are printed next to them.
 *
 * <pre>
 * mvn -q -o package -Dbuild.dir.name=target-lib -DskipTests
 * mvn -q -o dependency:build-classpath -pl portal -Dbuild.dir.name=target-lib -Dmdep.outputFile=target-lib/cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -Dportal.demo-data=true -Dportal.data.dir=/tmp/bench-data -jar portal/target-lib/payara-micro.jar \
 *     --nocluster --port 8084 --deploy portal/target-lib/portal.war --contextroot portal &amp;
 * java -Xmx2g -cp portal/target-lib/test-classes:$(cat portal/target-lib/cp.txt) \
 *     org.jgsw.portal.it.library.LibraryHttpBenchmark http://localhost:8084/portal 100000
 * </pre>
 */
public final class LibraryHttpBenchmark {

  private static final int IMPORT_CHUNK = 2_000;
  private static final int ROUNDS = 40;
  /** Rounds each path runs before the next takes its turn (see the timed loop). */
  private static final int ROUNDS_PER_TURN = 5;
  /**
   * Searches before the clock starts: both paths warm up in blocks of this many rounds until steady
   * (see {@link #untilSteady}); the in-process path used to warm up one block only, and its figure
   * then came out above the server's own {@code tookMs}.
   */
  private static final int WARM_UP_ROUNDS = 15;
  /** A fresh portal's JIT was still compiling Payara's request path after 60 rounds (C2 at 80 % of a core). */
  private static final int MAX_WARM_UP_BLOCKS = 200;
  /**
   * A block is one to four seconds. Twenty blocks were not enough for a portal fresh from its import
   * and rebuild: it was still getting faster (HTTP 2.5 ms a search after 22 blocks, 2.0 – 2.1 ms on the
   * same portal a few runs later, with the search itself unchanged). So each path warms up for a
   * minute of searches at least, as a server in service would be.
   */
  private static final long MIN_WARM_UP_NANOS = 60_000_000_000L;
  private static final int MIN_WARM_UP_BLOCKS = 20;
  /** The rules the portal's demo data starts with (migration V2), so both paths expand queries alike. */
  private static final String DEMO_SYNONYMS = """
      公车 => 公务用车
      网约车 => 社会化用车, 公务出行社会化
      能耗, 能源消耗, 能源资源消耗
      办公室 => 办公用房
      接待标准 => 公务接待
      幼儿园 => 幼儿教育, 保育教育
      """;

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8084/portal";
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    boolean doImport = Arrays.stream(args).noneMatch("--no-import"::equals);
    URI context = URI.create(base.endsWith("/") ? base : base + "/");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    String librarian = KeepAliveGet.basic("librarian", "librarian123456");
    String staff = KeepAliveGet.basic("staff", "staff123456");
    System.out.printf("corpus: %,d synthetic documents (SearchBenchmark), portal %s, %d cores%n", size, context,
        Runtime.getRuntime().availableProcessors());
    if (!answers(http, context)) {
      System.err.println("No portal answers at " + context + ": start one first (README, library section), e.g. java -Xmx1g"
          + " -Dportal.demo-data=true -Dportal.data.dir=/tmp/bench-data -jar portal/target/payara-micro.jar --nocluster --port 8084"
          + " --deploy portal/target/portal.war --contextroot portal");
      System.exit(2);
    }

    if (doImport) {
      long t0 = System.nanoTime();
      int created = 0;
      int updated = 0;
      for (int from = 0; from < size; from += IMPORT_CHUNK) {
        String body = IntStream.range(from, Math.min(size, from + IMPORT_CHUNK)).mapToObj(i -> json(SearchBenchmark.document(i)))
            .collect(Collectors.joining("\n"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(context.resolve("api/library/import"))
            .header("Authorization", librarian).header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new IllegalStateException("import failed: " + r.statusCode() + " " + r.body());
        }
        created += number(r.body(), "created");
        updated += number(r.body(), "updated");
        if (number(r.body(), "rejected") > 0) {
          System.out.println("rejected lines: " + r.body().substring(0, Math.min(500, r.body().length())));
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("import through the API: %,d created, %,d updated in %.1f s = %,.0f docs/s (database + index)%n", created, updated, s,
          size / s);
    }

    if (Arrays.stream(args).noneMatch("--no-rebuild"::equals)) {
      // As an administrator would after a bulk import: rebuild from the database, which also merges
      // the index into one segment; then search the state every rebuild leaves.
      String admin = KeepAliveGet.basic("admin", "admin123456");
      long t0 = System.nanoTime();
      HttpResponse<String> started = http.send(HttpRequest.newBuilder(context.resolve("api/library/reindex"))
          .header("Authorization", admin).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      if (started.statusCode() != 202) {
        throw new IllegalStateException("rebuild not started: " + started.statusCode() + " " + started.body());
      }
      String state = started.body();
      while (state.contains("\"running\":true")) {
        Thread.sleep(500);
        state = get(http, context.resolve("api/library/reindex"), admin);
      }
      System.out.printf("full rebuild from the database through POST /api/library/reindex: %.1f s (%s)%n",
          (System.nanoTime() - t0) / 1e9, state);
    }

    List<SearchQuery> mix = SearchBenchmark.queries();
    List<String> urls = mix.stream().map(LibraryHttpBenchmark::url).toList();
    long[] httpNs = new long[ROUNDS * urls.size()];
    long[] serverMs = new long[httpNs.length];
    long[] serverSearchNs = new long[httpNs.length];
    long[] jdkNs = new long[httpNs.length];
    long[] inProcessNs = new long[httpNs.length];
    long[] authNs = new long[100];
    Path dir = Files.createTempDirectory("jgsw-http-bench-");
    try (LibraryIndex index = LibraryIndexes.open(dir); KeepAliveGet lean = new KeepAliveGet(context, staff)) {
      // Built like the portal's index after its rebuild: one merged segment, the demo's synonym rules.
      index.rebuild(IntStream.range(0, size).mapToObj(SearchBenchmark::document).iterator(), size, LibraryIndex.RebuildProgress.NONE);
      index.replaceSynonyms(Synonyms.parse(DEMO_SYNONYMS));
      warmUpUntilSteady(lean, context, urls);
      // The same warm-up rule as the HTTP path: blocks until two medians in a row agree.
      System.out.println("untimed warm-up in process, median of each block of " + WARM_UP_ROUNDS + " rounds (ms a search):"
          + untilSteady(() -> mix.forEach(index::search), mix.size()));
      for (String u : urls) {
        jdkGet(context.resolve(u), staff); // the JDK client's own classes loaded before its clock starts
      }
      // Turn by turn, each path five rounds in a row (two to four seconds): all three see the machine
      // in the same state. Timed one after the other, a fresh portal's JIT favoured whichever client
      // ran second, and this machine's speed drifts by a third within minutes, which moved the
      // in-process figure alone; switching after every round made each path start cold on caches
      // the other two had just used (both p50s rose by 0.2 - 0.3 ms).
      int h = 0;
      int j = 0;
      int p = 0;
      for (int turn = 0; turn < ROUNDS / ROUNDS_PER_TURN; turn++) {
        for (int round = 0; round < ROUNDS_PER_TURN; round++) {
          for (String u : urls) {
            long t = System.nanoTime();
            KeepAliveGet.Answer answer = lean.get(context.resolve(u));
            httpNs[h] = System.nanoTime() - t;
            serverMs[h] = number(ok(answer, u), "tookMs");
            serverSearchNs[h++] = serverTimingNs(answer);
          }
        }
        // The same searches through the JDK's own client, for comparison with clients that add more.
        for (int round = 0; round < ROUNDS_PER_TURN; round++) {
          for (String u : urls) {
            long t = System.nanoTime();
            jdkGet(context.resolve(u), staff);
            jdkNs[j++] = System.nanoTime() - t;
          }
        }
        for (int round = 0; round < ROUNDS_PER_TURN; round++) {
          for (SearchQuery q : mix) {
            long t = System.nanoTime();
            index.search(q);
            inProcessNs[p++] = System.nanoTime() - t;
          }
        }
      }
      // what every API call pays before the search: HTTP Basic (a password checked a moment ago is recalled)
      for (int i = 0; i < authNs.length; i++) {
        long t = System.nanoTime();
        ok(lean.get(context.resolve("api/me")), "api/me");
        authNs[i] = System.nanoTime() - t;
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Arrays.sort(httpNs);
    Arrays.sort(serverMs);
    Arrays.sort(serverSearchNs);
    Arrays.sort(jdkNs);
    Arrays.sort(authNs);
    Arrays.sort(inProcessNs);
    System.out.printf("searches: %d queries x %d rounds, each with facets and highlighted snippets%n", mix.size(), ROUNDS);
    System.out.printf("GET /api/search over HTTP : p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (kept-alive HTTP/1.1 client, as curl)%n",
        ms(httpNs, .5), ms(httpNs, .95), ms(httpNs, .99));
    System.out.printf("  the same through the JDK's HttpURLConnection: p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", ms(jdkNs, .5),
        ms(jdkNs, .95), ms(jdkNs, .99));
    System.out.printf("  server's own tookMs     : p50 %6d ms  p95 %6d ms  p99 %6d ms%n", pct(serverMs, .5), pct(serverMs, .95), pct(serverMs, .99));
    System.out.printf("  server's search (Server-Timing): p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", ms(serverSearchNs, .5),
        ms(serverSearchNs, .95), ms(serverSearchNs, .99));
    System.out.printf("in-process (this JVM)     : p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", ms(inProcessNs, .5), ms(inProcessNs, .95),
        ms(inProcessNs, .99));
    System.out.printf("GET /api/me (auth only)   : p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", ms(authNs, .5), ms(authNs, .95), ms(authNs, .99));
    System.out.printf("HTTP / in-process at p50  : %.2f x (%.2f x without the Basic-auth cost)%n", ms(httpNs, .5) / ms(inProcessNs, .5),
        Math.max(0, ms(httpNs, .5) - ms(authNs, .5)) / ms(inProcessNs, .5));
  }

  /**
   * Runs the query mix over HTTP, untimed, in blocks of {@link #WARM_UP_ROUNDS} rounds until the
   * portal is steady: two blocks in a row whose median differs by less than 5 % (at most
   * {@link #MAX_WARM_UP_BLOCKS} blocks). A fresh portal keeps compiling Payara's request path for
   * minutes; each block's median is printed so the reader sees it settle.
   */
  private static void warmUpUntilSteady(KeepAliveGet http, URI context, List<String> urls) throws Exception {
    System.out.println("untimed warm-up over HTTP, median of each block of " + WARM_UP_ROUNDS + " rounds (ms a search):"
        + untilSteady(() -> {
          for (String u : urls) {
            ok(http.get(context.resolve(u)), u);
          }
        }, urls.size()));
  }

  private static String ok(KeepAliveGet.Answer answer, String what) {
    if (answer.status() != 200) {
      throw new IllegalStateException(what + " → " + answer.status() + " " + answer.body());
    }
    return answer.body();
  }

  /** One round of the query mix. */
  private interface Round {
    void run() throws Exception;
  }

  /**
   * Runs {@code round} (of {@code searches} searches) untimed in blocks of {@link #WARM_UP_ROUNDS}
   * until two blocks in a row have medians (per search) within 5 % of each other, after at least
   * {@link #MIN_WARM_UP_BLOCKS} blocks and a minute ({@link #MIN_WARM_UP_NANOS}), at most
   * {@link #MAX_WARM_UP_BLOCKS} blocks; returns the medians, for the reader to see them settle.
   */
  private static String untilSteady(Round round, int searches) throws Exception {
    double previous = Double.NaN;
    StringBuilder medians = new StringBuilder();
    long started = System.nanoTime();
    for (int block = 1; block <= MAX_WARM_UP_BLOCKS; block++) {
      long[] ns = new long[WARM_UP_ROUNDS];
      for (int r = 0; r < WARM_UP_ROUNDS; r++) {
        long t = System.nanoTime();
        round.run();
        ns[r] = (System.nanoTime() - t) / searches;
      }
      Arrays.sort(ns);
      double median = ms(ns, .5);
      medians.append(String.format(" %.1f", median));
      if (block >= MIN_WARM_UP_BLOCKS && System.nanoTime() - started >= MIN_WARM_UP_NANOS
          && Math.abs(median - previous) < 0.05 * previous) {
        break;
      }
      previous = median;
    }
    return medians.toString();
  }

  /** Whether anything answers HTTP at the portal's address: without it the benchmark has nothing to measure. */
  private static boolean answers(HttpClient http, URI context) throws InterruptedException {
    try {
      http.send(HttpRequest.newBuilder(context).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** The query as the portal's URL parameters. */
  static String url(SearchQuery q) {
    StringBuilder s = new StringBuilder("api/search?q=").append(enc(q.text()));
    add(s, "kind", q.kinds());
    add(s, "region", q.regions());
    add(s, "domain", q.domains());
    add(s, "status", q.statuses());
    add(s, "year", q.years());
    if (q.inForceOn() != null) {
      s.append("&inForceOn=").append(q.inForceOn());
    }
    return s.append("&sort=").append(q.sort() == SearchQuery.Sort.DATE ? "date" : "relevance")
        .append("&page=").append(q.page()).append("&size=").append(q.size()).toString();
  }

  private static void add(StringBuilder s, String name, Collection<?> values) {
    for (Object v : values) {
      s.append('&').append(name).append('=').append(enc(v instanceof Enum<?> e ? e.name() : String.valueOf(v)));
    }
  }

  /** One JSON Lines line of the import for a synthetic document. */
  static String json(IndexableDocument d) {
    StringBuilder s = new StringBuilder("{");
    field(s, "externalId", d.externalId());
    field(s, "kind", d.kind().name());
    field(s, "title", d.title());
    field(s, "number", d.number());
    field(s, "issuer", d.issuer());
    field(s, "region", d.region());
    s.append("\"domains\":[").append(d.domains().stream().map(v -> "\"" + esc(v) + "\"").collect(Collectors.joining(","))).append("],");
    field(s, "status", d.status().name());
    field(s, "issuedOn", d.issuedOn() == null ? null : d.issuedOn().toString());
    field(s, "repealedOn", d.repealedOn() == null ? null : d.repealedOn().toString());
    s.append("\"tags\":[").append(d.tags().stream().map(v -> "\"" + esc(v) + "\"").collect(Collectors.joining(","))).append("],");
    field(s, "summary", d.summary());
    s.append("\"body\":\"").append(esc(d.body())).append("\"}");
    return s.toString();
  }

  private static void field(StringBuilder s, String name, String value) {
    if (value != null) {
      s.append('"').append(name).append("\":\"").append(esc(value)).append("\",");
    }
  }

  private static String esc(String v) {
    return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "");
  }

  private static String enc(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  /**
   * A GET through the JDK's blocking {@code HttpURLConnection}, kept alive between calls: printed
   * next to the lean client's figures ({@link KeepAliveGet}). The asynchronous {@link HttpClient}
   * hands each exchange between its own threads and added 0.5–1 ms a call more.
   */
  private static String jdkGet(URI uri, String auth) throws IOException {
    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
    c.setRequestProperty("Authorization", auth);
    int status = c.getResponseCode();
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (status != 200) {
        throw new IllegalStateException(uri + " → " + status + " " + body);
      }
      return body;
    }
  }

  private static String get(HttpClient http, URI uri, String auth) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(uri + " → " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private static final Pattern SERVER_TIMING = Pattern.compile("search;dur=([0-9.]+)");

  /** The search's duration the portal reports in {@code Server-Timing: search;dur=<ms>}. */
  private static long serverTimingNs(KeepAliveGet.Answer answer) {
    Matcher m = SERVER_TIMING.matcher(answer.headers().getOrDefault("server-timing", ""));
    if (!m.find()) {
      throw new IllegalStateException("no Server-Timing in " + answer.headers());
    }
    return Math.round(Double.parseDouble(m.group(1)) * 1e6);
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static double ms(long[] sortedNs, double q) {
    return sortedNs[Math.min(sortedNs.length - 1, (int) Math.ceil(q * sortedNs.length) - 1)] / 1e6;
  }

  private static long pct(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
