package org.jgsw.portal.it.competency;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * Matching and workforce structure through the REST API at scale. Not a test. Against a portal that
 * runs on PostgreSQL, it loads (once, idempotent) 50,000 staff in a unit of their own with levels for
 * 40 competencies (2,000,000 ratings, by COPY) and a published 25-requirement model of post
 * {@code BENCH-P}; then times {@code GET /api/matching/BENCH-P?people=staff&limit=100} (breakdowns for
 * the top 100) and the province-wide {@code GET /api/workforce/structure}: 3 cold-ish warm-up calls,
 * then p50/p95 of 20 timed calls, printing the server-side time the API reports beside it.
 *
 * <pre>
 * java -Xmx2g -Dportal.demo-data=true -Dportal.data.dir=/tmp/bench-data \
 *   -Dportal.db.url='jdbc:postgresql://127.0.0.1:5432/test?currentSchema=portal_bench' -Dportal.db.user=postgres \
 *   -jar portal/target/payara-micro.jar --nocluster --port 8090 --deploy portal/target/portal.war --contextroot portal
 * java -cp "portal/target/test-classes:$(cat /tmp/cp.txt)" org.jgsw.portal.it.competency.MatchingHttpBenchmark \
 *   http://localhost:8090/portal 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=portal_bench' postgres
 * </pre>
 * ({@code /tmp/cp.txt}: {@code mvn -o -q dependency:build-classpath -pl portal -Dmdep.outputFile=/tmp/cp.txt}.)
 */
public final class MatchingHttpBenchmark {

  static final int PEOPLE = 50_000;
  static final int COMPETENCIES = 40;
  static final int REQUIREMENTS = 25;
  static final long BASE_ID = 900_000_000L;
  static final int RUNS = 20;

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8090/portal";
    String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=portal_bench";
    String user = args.length > 2 ? args[2] : "postgres";
    try (Connection c = DriverManager.getConnection(jdbc, user, "")) {
      load(c);
    }
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString("hr:hr123456".getBytes(StandardCharsets.UTF_8));
    time(http, auth, base + "/api/matching/BENCH-P?people=staff&limit=100", "ranking 50,000 staff, top 100 with breakdowns");
    time(http, auth, base + "/api/workforce/structure", "province-wide workforce structure");
  }

  private static void time(HttpClient http, String auth, String url, String what) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).GET().build();
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      System.out.printf("warm-up %d: %d in %d ms (%d bytes)%n", i + 1, r.statusCode(), (System.nanoTime() - t) / 1_000_000, r.body().length());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(r.body());
      }
    }
    long[] ms = new long[RUNS];
    List<Long> server = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - t) / 1_000_000;
      server.add(serverMillis(r.body()));
    }
    Arrays.sort(ms);
    server.sort(null);
    System.out.printf("%s: HTTP p50 %d ms, p95 %d ms; server-side p50 %d ms (%s)%n", what, ms[RUNS / 2], ms[(int) (RUNS * 0.95) - 1],
        server.get(RUNS / 2), url);
  }

  /** The "millis" field of the response (time measured in the service), or -1. */
  private static long serverMillis(String json) {
    int i = json.indexOf("\"millis\":");
    if (i < 0) return -1;
    int j = i + 9;
    int k = j;
    while (k < json.length() && Character.isDigit(json.charAt(k))) k++;
    return Long.parseLong(json.substring(j, k));
  }

  private static void load(Connection c) throws Exception {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM cmp_post_model WHERE post_code = 'BENCH-P'")) {
      r.next();
      if (r.getLong(1) > 0) {
        System.out.println("Benchmark data already loaded.");
        return;
      }
    }
    long start = System.nanoTime();
    c.setAutoCommit(false);
    Random random = new Random(20261127L);
    long province;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY sort_order, id")) {
      r.next();
      province = r.getLong(1);
    }
    long unit = BASE_ID;
    try (Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO org_unit (id, code, name, kind, parent_id, sort_order) VALUES (" + unit + ", 'BENCH', '基准测试市局', 'CITY', "
          + province + ", 9999)");
      s.executeUpdate("INSERT INTO post (id, code, name, unit_id) VALUES (" + BASE_ID + ", 'BENCH-P', '基准测试岗位', " + unit + ")");
      s.executeUpdate("INSERT INTO cmp_group (id, name, sort_order) VALUES ('BENCH-G', '基准测试能力', 9999)");
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO cmp_competency (code, name, family, group_id, level1, level2, level3, level4, level5, sort_order)"
        + " VALUES (?, ?, 'PROFESSIONAL', 'BENCH-G', 'L1', 'L2', 'L3', 'L4', 'L5', 9999)")) {
      for (int i = 0; i < COMPETENCIES; i++) {
        p.setString(1, code(i));
        p.setString(2, "基准能力" + i);
        p.addBatch();
      }
      p.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO cmp_post_model (id, post_code, model_version, status, updated_at) VALUES (" + BASE_ID
          + ", 'BENCH-P', 1, 'PUBLISHED', CURRENT_TIMESTAMP)");
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO cmp_requirement (model_id, req_order, competency_code, competency_name, required_level, weight, must_have)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < REQUIREMENTS; i++) {
        p.setLong(1, BASE_ID);
        p.setInt(2, i);
        p.setString(3, code(i));
        p.setString(4, "基准能力" + i);
        p.setInt(5, 2 + random.nextInt(3));
        p.setDouble(6, 1 + random.nextInt(3));
        p.setBoolean(7, i < 3);
        p.addBatch();
      }
      p.executeBatch();
    }
    LocalDate today = LocalDate.now();
    String[] education = {"JUNIOR_COLLEGE", "BACHELOR", "BACHELOR", "MASTER", "DOCTORATE"};
    String[] channels = {"SELECTED_GRADUATE", "OPEN_SELECTION", "OPEN_EXAM", "VETERAN_TRANSFER", "OTHER"};
    String[] majors = {"MANAGEMENT", "ENGINEERING", "ECONOMICS", "LAW", "LITERATURE"};
    StringBuilder people = new StringBuilder();
    for (int i = 1; i <= PEOPLE; i++) {
      LocalDate birth = today.minusYears(23 + random.nextInt(37)).minusDays(random.nextInt(365));
      people.append(BASE_ID + i).append('\t').append(String.format("BENCH%05d", i)).append('\t').append("基准").append(i).append('\t')
          .append(random.nextBoolean() ? "MALE" : "FEMALE").append('\t').append(birth).append('\t').append(education[random.nextInt(5)]).append('\t')
          .append(majors[random.nextInt(5)]).append('\t').append(unit).append('\t').append(BASE_ID).append('\t')
          .append(channels[random.nextInt(5)]).append('\t').append(birth.plusYears(23)).append('\n');
    }
    PGConnection pg = c.unwrap(PGConnection.class);
    pg.getCopyAPI().copyIn("COPY person (id, staff_no, name, gender, birth_date, education, major_family, unit_id, post_id, entry_channel, hire_date)"
        + " FROM STDIN", new StringReader(people.toString()));
    String[] sources = {"ASSESSMENT", "SUPERVISOR_RATING", "INTERVIEW", "SELF_ASSESSMENT"};
    long id = BASE_ID;
    for (int from = 1; from <= PEOPLE; from += 5_000) {
      StringBuilder rows = new StringBuilder();
      for (int i = from; i < from + 5_000 && i <= PEOPLE; i++) {
        for (int k = 0; k < COMPETENCIES; k++) {
          rows.append(++id).append("\tSTAFF\t").append(BASE_ID + i).append('\t').append(code(k)).append('\t').append(1 + random.nextInt(5)).append('\t')
              .append(sources[random.nextInt(4)]).append('\t').append(today.minusDays(random.nextInt(700))).append("\t基准测试\t\\N\t")
              .append(today).append(" 00:00:00\n");
        }
      }
      pg.getCopyAPI().copyIn("COPY cmp_evidence (id, subject_kind, subject_id, competency_code, level_value, source, evidence_date, recorded_by, detail, recorded_at)"
          + " FROM STDIN", new StringReader(rows.toString()));
    }
    c.commit();
    System.out.printf("Loaded %d people, %d ratings, a %d-requirement model in %d s%n", PEOPLE, (long) PEOPLE * COMPETENCIES, REQUIREMENTS,
        (System.nanoTime() - start) / 1_000_000_000);
  }

  private static String code(int i) {
    return String.format("BENCH-C%02d", i);
  }
}
