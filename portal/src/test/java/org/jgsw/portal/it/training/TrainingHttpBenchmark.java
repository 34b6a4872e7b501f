package org.jgsw.portal.it.training;

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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jgsw.portal.it.support.FormLogin;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.PortalHttp;
import org.postgresql.PGConnection;

/**
 * 我的学习 and the province-wide unit completion report through HTTP at scale (issue 5, "Speed"). Not
 * a test. Against a portal that runs on PostgreSQL with demo data, it loads once (idempotent, by COPY)
 * 20,000 people in 16 city bureaus with their county bureaus and departments (224 units under the
 * province), 300 published courses with a post-test each, 100 published plans over five years (one
 * province-wide and 19 city plans a year, 6 courses each) with their assignments, and 2,000,000
 * progress/attempt rows (exactly 100 per person: enrolments in assigned and elective courses, and the
 * post-test attempts of the completed ones). Then it measures:
 *
 * <ol>
 *   <li>{@code GET /api/learning/me} for random people under 50 concurrent requests. HTTP Basic
 *       verifies PBKDF2 (≈ 40 ms of CPU) on a user's first call and remembers it for a minute, so the
 *       benchmark gives a sample of people a login (the same precomputed hash as the demo
 *       {@code staff} account), calls once for each before the clock starts, and keeps the timed
 *       phase under 35 s: it measures 我的学习, not password hashing. A first, untimed round on other
 *       people warms the JIT.
 *   <li>The page {@code /learning/index.xhtml} for the same people, each signed in once by form
 *       login (a session), under 50 concurrent requests.
 *   <li>{@code GET /api/training/reports/units?year=} (the whole province, this year's plans) as the
 *       demo {@code trainer}: 3 warm-up calls, then p50/max of 10.
 * </ol>
 *
 * <pre>
 * mvn -o -q -pl portal -am package -DskipTests
 * mvn -o -q -pl portal dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * psql -h 127.0.0.1 -U postgres test -c 'DROP SCHEMA IF EXISTS portal_bench CASCADE; CREATE SCHEMA portal_bench'
 * java -Xmx1g -Dportal.demo-data=true -Dportal.data.dir=/tmp/bench-data \
 *   -Dportal.db.url='jdbc:postgresql://127.0.0.1:5432/test?currentSchema=portal_bench' -Dportal.db.user=postgres \
 *   -jar portal/target/payara-micro.jar --nocluster --port 8090 --deploy portal/target/portal.war --contextroot portal &
 * java -cp "portal/target/test-classes:$(cat /tmp/cp.txt)" org.jgsw.portal.it.training.TrainingHttpBenchmark \
 *   http://localhost:8090/portal 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=portal_bench' postgres [portal pid]
 * </pre>
 * With the portal's process id as a fourth argument (same machine, Linux) it also prints the portal's
 * CPU time per request of each phase, a figure that other load on the machine disturbs less.
 */
public final class TrainingHttpBenchmark {

  static final int PEOPLE = 20_000;
  static final int COURSES = 300;
  static final int YEARS = 5;
  static final int PLANS_PER_YEAR = 20;
  static final int COURSES_PER_PLAN = 6;
  static final int ROWS_PER_PERSON = 100;
  static final int CITIES = 16;
  static final int COUNTIES_PER_CITY = 3;
  static final int DEPARTMENTS_PER_CITY = 4;
  static final int DEPARTMENTS_PER_COUNTY = 2;
  static final int LESSONS = 5;
  static final long BASE_ID = 800_000_000L;
  static final String PASSWORD = "staff123456";

  static final int CONCURRENCY = 50;
  static final int SAMPLE = 200;
  static final int REQUESTS = 5_000;
  /** Verified logins are remembered for 60 s: the timed phase ends well before the first one is forgotten. */
  static final long TIMED_LIMIT_MS = 35_000;
  static final int JIT_WARM_UP = 6_000;
  /** A C2 compiler thread still used most of a core after one round (measured 2026-11-27), so three. */
  static final int JIT_WARM_UP_ROUNDS = 3;

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8090/portal";
    String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=portal_bench";
    String user = args.length > 2 ? args[2] : "postgres";
    URI context = URI.create(base.endsWith("/") ? base : base + "/");
    serverPid = args.length > 3 ? Long.parseLong(args[3]) : -1;
    try (Connection c = DriverManager.getConnection(jdbc, user, "")) {
      load(c);
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    Random random = new Random(7);
    List<String> jitUsers = sample(random, SAMPLE / 2);
    List<String> users = sample(random, SAMPLE);

    System.out.println("== GET /api/learning/me");
    // concurrent first calls of one login would race to record the login; verify each once, a few at a time
    // Payara's JIT needs minutes of CPU before the code is compiled: warm up long, in rounds that each
    // start with the logins verified, as a verified password is remembered for a minute only
    for (int round = 1; round <= JIT_WARM_UP_ROUNDS; round++) {
      callEach(jitUsers, u -> basicMe(http, context, u), "logins verified (untimed)");
      runBasic(http, context, jitUsers, JIT_WARM_UP, TIMED_LIMIT_MS,
          "untimed JIT warm-up " + round + "/" + JIT_WARM_UP_ROUNDS + " on " + jitUsers.size() + " other people");
    }
    long start = System.nanoTime();
    callEach(users, u -> basicMe(http, context, u), "logins verified once (untimed)");
    long verifyMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("  (%d logins verified in %d ms%s)%n", users.size(), verifyMs,
        verifyMs > 20_000 ? "; slow: some logins may be re-verified in the timed phase" : "");
    runBasic(http, context, users, REQUESTS, TIMED_LIMIT_MS, "timed");

    System.out.println("== GET /learning/index.xhtml (form-login sessions)");
    List<PortalHttp> sessions = new ArrayList<>();
    for (String u : users.subList(0, 2 * CONCURRENCY)) {
      sessions.add(FormLogin.signIn(context, u, PASSWORD));
    }
    runPage(sessions, 1_000, "untimed warm-up");
    runPage(sessions, 2_000, "timed");

    System.out.println("== province-wide unit completion report");
    String auth = "Basic " + Base64.getEncoder().encodeToString("trainer:trainer123456".getBytes(StandardCharsets.UTF_8));
    int year = LocalDate.now().getYear();
    time(http, auth, URI.create(base + "/api/training/reports/units?year=" + year), 10);
    time(http, auth, URI.create(base + "/api/training/reports/units"), 5);
    Runtime.getRuntime().halt(0);
  }

  // ------------------------------------------------------------------------------------ timing

  /** One request as a person; the latency in µs, or -status on an error. */
  private static long basicMe(HttpClient http, URI context, String user) {
    String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(context.resolve("api/learning/me")).header("Authorization", auth)
        .timeout(Duration.ofSeconds(30)).GET().build();
    long t = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      long us = (System.nanoTime() - t) / 1_000;
      boolean ok = r.statusCode() == 200 && r.body().contains("\"assignments\":[{") && r.body().contains("\"ledger\"");
      return ok ? us : -Math.max(1L, r.statusCode());
    } catch (Exception e) {
      return -1L;
    }
  }

  private static void runBasic(HttpClient http, URI context, List<String> users, int requests, long limitMs, String what) throws Exception {
    Random random = new Random(11);
    int[] picks = random.ints(requests, 0, users.size()).toArray();
    report(what, run(requests, limitMs, (thread, i) -> basicMe(http, context, users.get(picks[i]))));
  }

  /** Each thread takes turns with its own two sessions: like a browser, a session has one page load at a time. */
  private static void runPage(List<PortalHttp> sessions, int requests, String what) throws Exception {
    report(what, run(requests, Long.MAX_VALUE, (thread, i) -> {
      long t = System.nanoTime();
      try {
        HttpResult r = sessions.get(thread + CONCURRENCY * (i % 2)).get("/learning/index.xhtml");
        long us = (System.nanoTime() - t) / 1_000;
        return r.status() == 200 && !r.body().contains("loginForm") ? us : -Math.max(1L, r.status());
      } catch (RuntimeException e) {
        return -1L;
      }
    }));
  }

  /** The portal's process id when it runs on this machine (optional 4th argument): its CPU time per request is printed. */
  private static long serverPid = -1;

  private record Run(long[] micros, int errors, long wallMs, String firstError, double serverCpuMsPerRequest) {}

  /** User and system CPU time of the portal process in ms (Linux /proc), or -1. */
  private static long serverCpuMs() {
    if (serverPid < 0) {
      return -1;
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + serverPid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  /** One timed call by thread {@code thread} (0 to {@link #CONCURRENCY} − 1): the latency in µs, or −status on an error. */
  private interface Call {
    long apply(int thread, int i);
  }

  /** Runs {@code requests} calls on {@link #CONCURRENCY} threads, stopping early after {@code limitMs}. */
  private static Run run(int requests, long limitMs, Call call) throws Exception {
    AtomicInteger next = new AtomicInteger();
    long[] results = new long[requests];
    Arrays.fill(results, Long.MIN_VALUE);
    long cpuBefore = serverCpuMs();
    long start = System.nanoTime();
    long deadline = limitMs == Long.MAX_VALUE ? Long.MAX_VALUE : start + limitMs * 1_000_000;
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < CONCURRENCY; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          results[i] = call.apply(thread, i);
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    long wall = (System.nanoTime() - start) / 1_000_000;
    long[] ok = Arrays.stream(results).filter(r -> r >= 0).sorted().toArray();
    long[] errors = Arrays.stream(results).filter(r -> r < 0 && r != Long.MIN_VALUE).toArray();
    long cpuAfter = serverCpuMs();
    return new Run(ok, errors.length, wall, errors.length == 0 ? "" : "first error status " + (-errors[0]),
        cpuBefore < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) / (double) (ok.length + errors.length));
  }

  private static void report(String what, Run r) {
    long[] us = r.micros();
    int n = us.length + r.errors();
    if (us.length == 0) {
      System.out.printf("  %s: no successful request, %d errors %s%n", what, r.errors(), r.firstError());
      return;
    }
    System.out.printf("  %s: %d requests (%d concurrent) in %.1f s = %.0f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d %s%s%n",
        what, n, CONCURRENCY, r.wallMs() / 1000.0, n * 1000.0 / r.wallMs(), pct(us, 0.50), pct(us, 0.95), pct(us, 0.99),
        us[us.length - 1] / 1000.0, r.errors(), r.firstError(),
        r.serverCpuMsPerRequest() < 0 ? "" : String.format("; portal CPU %.1f ms a request", r.serverCpuMsPerRequest()));
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
  }

  /** Calls once per user, 4 at a time (untimed: verifies each login's password once). */
  private static void callEach(List<String> users, java.util.function.Function<String, Long> call, String what) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Long>> results = new ArrayList<>();
    for (String u : users) {
      results.add(pool.submit(() -> call.apply(u)));
    }
    int errors = 0;
    for (Future<Long> f : results) {
      if (f.get() < 0) {
        errors++;
      }
    }
    pool.shutdown();
    if (errors > 0) {
      throw new IllegalStateException(errors + " of " + users.size() + " " + what + " failed");
    }
  }

  private static void time(HttpClient http, String auth, URI uri, int runs) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", auth).timeout(Duration.ofMinutes(2)).GET().build();
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      System.out.printf("  warm-up %d: %d in %d ms (%d bytes)%n", i + 1, r.statusCode(), (System.nanoTime() - t) / 1_000_000, r.body().length());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(r.body());
      }
      if (i == 0) {
        System.out.println("  " + (r.body().length() > 600 ? r.body().substring(0, 600) + "…" : r.body()));
      }
    }
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - t) / 1_000_000;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(r.body());
      }
    }
    Arrays.sort(ms);
    System.out.printf("  %s: p50 %d ms, max %d ms over %d calls%n", uri, ms[runs / 2], ms[runs - 1], runs);
  }

  private static List<String> sample(Random random, int n) {
    List<String> users = new ArrayList<>();
    random.ints(1, PEOPLE + 1).distinct().limit(n).forEach(i -> users.add(login(i)));
    return users;
  }

  // ------------------------------------------------------------------------------------ data

  static String staffNo(int i) {
    return String.format("BT%05d", i);
  }

  static String login(int i) {
    return String.format("bt%05d", i);
  }

  private static void load(Connection c) throws Exception {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM trn_plan WHERE id = " + (BASE_ID + 1))) {
      r.next();
      if (r.getLong(1) > 0) {
        System.out.println("Benchmark data already loaded.");
        return;
      }
    }
    long start = System.nanoTime();
    c.setAutoCommit(false);
    PGConnection pg = c.unwrap(PGConnection.class);
    Random random = new Random(20261127L);
    LocalDate today = LocalDate.now();
    int thisYear = today.getYear();

    // units: 16 city bureaus under the province, each with departments and county bureaus with departments
    long province;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY sort_order, id")) {
      r.next();
      province = r.getLong(1);
    }
    List<Long> departments = new ArrayList<>();
    List<Integer> departmentCity = new ArrayList<>();
    StringBuilder units = new StringBuilder();
    long unitId = BASE_ID;
    for (int city = 1; city <= CITIES; city++) {
      long cityId = ++unitId;
      unit(units, cityId, "BTC" + city, "基准" + city + "市机关事务管理局", "CITY", province, 1000 + city);
      for (int d = 1; d <= DEPARTMENTS_PER_CITY; d++) {
        unit(units, ++unitId, "BTC" + city + "D" + d, "基准" + city + "市局 第" + d + "处", "DEPARTMENT", cityId, d);
        departments.add(unitId);
        departmentCity.add(city);
      }
      for (int k = 1; k <= COUNTIES_PER_CITY; k++) {
        long countyId = ++unitId;
        unit(units, countyId, "BTC" + city + "K" + k, "基准" + city + "市 第" + k + "县局", "COUNTY", cityId, 100 + k);
        for (int d = 1; d <= DEPARTMENTS_PER_COUNTY; d++) {
          unit(units, ++unitId, "BTC" + city + "K" + k + "D" + d, "基准" + city + "市 第" + k + "县局 第" + d + "股", "DEPARTMENT", countyId, d);
          departments.add(unitId);
          departmentCity.add(city);
        }
      }
    }
    pg.getCopyAPI().copyIn("COPY org_unit (id, code, name, kind, parent_id, sort_order) FROM STDIN", new StringReader(units.toString()));

    // people: spread evenly over the departments; one in twenty a division chief (the leaders' requirement)
    int[] cityOf = new int[PEOPLE + 1];
    StringBuilder people = new StringBuilder();
    for (int i = 1; i <= PEOPLE; i++) {
      int d = (i - 1) % departments.size();
      cityOf[i] = departmentCity.get(d);
      LocalDate birth = today.minusYears(23 + random.nextInt(37)).minusDays(random.nextInt(365));
      people.append(BASE_ID + i).append('\t').append(staffNo(i)).append("\t基准学员").append(i).append('\t')
          .append(i % 2 == 0 ? "MALE" : "FEMALE").append('\t').append(birth).append("\tBACHELOR\t").append(departments.get(d)).append('\t')
          .append(i % 20 == 0 ? "DIVISION_CHIEF" : "PRINCIPAL_STAFF_2").append("\tOPEN_EXAM\t").append(birth.plusYears(23)).append('\n');
    }
    pg.getCopyAPI().copyIn("COPY person (id, staff_no, name, gender, birth_date, education, unit_id, job_rank, entry_channel, hire_date) FROM STDIN",
        new StringReader(people.toString()));

    // courses: one published version with 5 lessons and a post-test each
    StringBuilder courses = new StringBuilder();
    StringBuilder quizzes = new StringBuilder();
    String[] domains = {"公务用车", "公共机构节能", "办公用房", "后勤服务", "资产管理"};
    int[] hours = new int[COURSES + 1];
    for (int k = 1; k <= COURSES; k++) {
      boolean general = k % 3 == 0;
      String domain = general ? "" : domains[k % domains.length];
      hours[k] = 1 + k % 4;
      String title = "基准课程" + k + (general ? "（通用）" : "（" + domain + "）");
      courses.append(BASE_ID + k).append("-1\t").append(BASE_ID + k).append("\t1\tPUBLISHED\t").append(title).append('\t')
          .append(general ? "GENERAL" : "SPECIAL").append('\t').append(domain).append('\t').append(hours[k]).append("\t基准\t")
          .append(copyText(courseJson(title, general, domain, hours[k]))).append('\n');
      quizzes.append(BASE_ID + k).append('\t').append(BASE_ID + k).append("\tPOST_TEST\t课后测验\t").append(copyText(QUIZ_JSON)).append('\n');
    }
    pg.getCopyAPI().copyIn("COPY trn_course_version (id, course_id, version_no, status, title, category_kind, business_domain, credit_hours, owner_name, body)"
        + " FROM STDIN", new StringReader(courses.toString()));
    pg.getCopyAPI().copyIn("COPY trn_quiz (id, course_id, purpose, title, body) FROM STDIN", new StringReader(quizzes.toString()));

    // plans: per year one province-wide plan and 19 city plans (cities in turn), 6 courses each, the
    // first 5 required; this year's half of the city plans were due on 30 June (overdue ones exist)
    StringBuilder plans = new StringBuilder();
    int[][] planCourses = new int[YEARS * PLANS_PER_YEAR + 1][COURSES_PER_PLAN];
    int[] planCity = new int[YEARS * PLANS_PER_YEAR + 1];
    LocalDate[] planDeadline = new LocalDate[YEARS * PLANS_PER_YEAR + 1];
    int[] planYear = new int[YEARS * PLANS_PER_YEAR + 1];
    int plan = 0;
    for (int y = thisYear - YEARS + 1; y <= thisYear; y++) {
      for (int j = 0; j < PLANS_PER_YEAR; j++) {
        plan++;
        planYear[plan] = y;
        planCity[plan] = j == 0 ? 0 : 1 + (plan * 7 + j) % CITIES;
        planDeadline[plan] = j % 2 == 1 ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 11, 30);
        StringBuilder courseList = new StringBuilder();
        for (int k = 0; k < COURSES_PER_PLAN; k++) {
          planCourses[plan][k] = 1 + (plan * 13 + k * 47) % COURSES;
          courseList.append(k == 0 ? "" : ",").append("{\"course\":").append(BASE_ID + planCourses[plan][k]).append(",\"required\":")
              .append(k < COURSES_PER_PLAN - 1).append('}');
        }
        String name = y + " 年" + (planCity[plan] == 0 ? "全省通用培训计划" : "基准" + planCity[plan] + "市专项培训计划" + j);
        String target = planCity[plan] == 0 ? "{\"all\":true,\"units\":[]" : "{\"all\":false,\"units\":[\"BTC" + planCity[plan] + "\"]";
        String json = "{\"name\":\"" + name + "\",\"kind\":\"" + (planCity[plan] == 0 ? "GENERAL" : "SPECIAL") + "\",\"start\":\"" + y
            + "-01-01\",\"end\":\"" + y + "-12-31\",\"courses\":[" + courseList + "],\"target\":" + target
            + ",\"posts\":[],\"people\":[],\"ranks\":[],\"channels\":[]},\"newcomerDays\":30,\"indicators\":[],\"deadline\":\""
            + planDeadline[plan] + "\"}";
        plans.append(BASE_ID + plan).append('\t').append(name).append('\t').append(planCity[plan] == 0 ? "GENERAL" : "SPECIAL")
            .append("\tPUBLISHED\t").append(y).append("-01-01\t").append(y).append("-12-31\t").append(y).append("-01-05\t")
            .append(copyText(json)).append('\n');
      }
    }
    pg.getCopyAPI().copyIn("COPY trn_plan (id, name, kind, status, period_start, period_end, published_on, body) FROM STDIN",
        new StringReader(plans.toString()));

    // assignments and exactly 100 progress/attempt rows per person
    long enrolmentId = BASE_ID;
    long rows = 0;
    long assignmentCount = 0;
    StringBuilder assignments = new StringBuilder();
    StringBuilder enrolments = new StringBuilder();
    StringBuilder attempts = new StringBuilder();
    for (int i = 1; i <= PEOPLE; i++) {
      String person = staffNo(i);
      int mine = 0;
      boolean[] taken = new boolean[COURSES + 1];
      // this year first, so that the cap of 100 rows leaves the oldest plans partly unstarted
      for (int p = plan; p >= 1; p--) {
        if (planCity[p] != 0 && planCity[p] != cityOf[i]) {
          continue;
        }
        for (int k = 0; k < COURSES_PER_PLAN; k++) {
          int course = planCourses[p][k];
          boolean required = k < COURSES_PER_PLAN - 1;
          assignments.append(BASE_ID + p).append(':').append(person).append(':').append(BASE_ID + course).append('\t').append(BASE_ID + p)
              .append('\t').append(person).append('\t').append(BASE_ID + course).append('\t').append(required).append('\t')
              .append(planDeadline[p]).append('\t').append(planYear[p]).append("-01-05\n");
          assignmentCount++;
          if (taken[course] || mine >= ROWS_PER_PERSON) {
            continue;
          }
          // older years mostly done; this year under way
          double r = random.nextDouble();
          boolean past = planYear[p] < thisYear;
          int state = r < (past ? 0.80 : 0.35) ? 2 : r < (past ? 0.90 : 0.70) ? 1 : r < (past ? 0.95 : 0.85) ? 0 : -1;
          if (state < 0) {
            continue;
          }
          taken[course] = true;
          int added = enrolment(enrolments, attempts, ++enrolmentId, person, course, BASE_ID + p, state, planYear[p], random,
              ROWS_PER_PERSON - mine);
          mine += added;
        }
      }
      // electives (completed courses outside the plans) until the person has exactly 100 rows
      for (int course = 1 + random.nextInt(COURSES); mine < ROWS_PER_PERSON; course = 1 + course % COURSES) {
        if (taken[course]) {
          continue;
        }
        taken[course] = true;
        mine += enrolment(enrolments, attempts, ++enrolmentId, person, course, 0, 2, thisYear - random.nextInt(YEARS), random,
            ROWS_PER_PERSON - mine);
      }
      rows += mine;
      if (i % 2_000 == 0 || i == PEOPLE) {
        pg.getCopyAPI().copyIn("COPY trn_assignment (id, plan_id, person_id, course_id, required, deadline, assigned_on) FROM STDIN",
            new StringReader(assignments.toString()));
        pg.getCopyAPI().copyIn("COPY trn_enrolment (id, person_id, course_id, version_no, plan_id, lessons_done, completed_at, started, body)"
            + " FROM STDIN", new StringReader(enrolments.toString()));
        pg.getCopyAPI().copyIn("COPY trn_attempt (id, quiz_id, person_id, attempt_no, started_at, submitted_at, passed, body) FROM STDIN",
            new StringReader(attempts.toString()));
        assignments.setLength(0);
        enrolments.setLength(0);
        attempts.setLength(0);
      }
    }

    // logins for the people the benchmark samples, with the demo staff account's password hash
    String hash;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT password_hash FROM app_user WHERE username = 'staff'")) {
      if (!r.next()) {
        throw new IllegalStateException("Start the portal with -Dportal.demo-data=true: the benchmark signs in with the demo staff password");
      }
      hash = r.getString(1);
    }
    Random sampling = new Random(7);
    List<String> logins = new ArrayList<>(sample(sampling, SAMPLE / 2));
    logins.addAll(sample(sampling, SAMPLE));
    try (PreparedStatement u = c.prepareStatement("INSERT INTO app_user (id, username, password_hash, display_name, person_id, created_at)"
        + " VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING");
        PreparedStatement role = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'STAFF') ON CONFLICT DO NOTHING")) {
      for (String login : logins) {
        int i = Integer.parseInt(login.substring(2));
        u.setLong(1, BASE_ID + i);
        u.setString(2, login);
        u.setString(3, hash);
        u.setString(4, "基准学员" + i);
        u.setLong(5, BASE_ID + i);
        u.addBatch();
        role.setLong(1, BASE_ID + i);
        role.addBatch();
      }
      u.executeBatch();
      role.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      for (String table : new String[] {"org_unit", "person", "app_user", "trn_course_version", "trn_plan", "trn_assignment", "trn_enrolment", "trn_attempt"}) {
        s.execute("VACUUM ANALYZE " + table);
      }
    }
    System.out.printf("Loaded %d people, %d courses, %d plans, %d assignments and %d progress/attempt rows in %d s%n", PEOPLE, COURSES, plan,
        assignmentCount, rows, (System.nanoTime() - start) / 1_000_000_000);
  }

  /**
   * An enrolment (state 0 not started, 1 started, 2 completed) and, for a completed one, its post-test
   * attempts (a failed one first for one in four). Returns the rows written, at most {@code room}.
   */
  private static int enrolment(StringBuilder enrolments, StringBuilder attempts, long id, String person, int course, long plan, int state,
      int year, Random random, int room) {
    int failedFirst = state == 2 && random.nextInt(4) == 0 ? 1 : 0;
    int attemptRows = state == 2 ? 1 + failedFirst : 0;
    if (1 + attemptRows > room) {
      state = Math.min(state, 1);
      attemptRows = 0;
      failedFirst = 0;
    }
    String enrolled = year + "-0" + (2 + random.nextInt(7)) + "-1" + random.nextInt(10) + "T01:00:00Z";
    String completed = year + "-" + (state == 2 && year == LocalDate.now().getYear() ? "09" : "10") + "-2" + random.nextInt(8) + "T03:00:00Z";
    int done = state == 2 ? LESSONS : state == 1 ? 1 + random.nextInt(LESSONS - 1) : 0;
    StringBuilder json = new StringBuilder("{\"enrolledAt\":\"").append(enrolled).append("\",\"done\":[");
    for (int l = 1; l <= done; l++) {
      json.append(l == 1 ? "" : ",").append("\"L").append(l).append('"');
    }
    json.append("],\"time\":{}");
    if (plan != 0) {
      json.append(",\"assignment\":{\"plan\":").append(plan).append(",\"person\":\"").append(person).append("\",\"course\":").append(BASE_ID + course)
          .append('}');
    }
    if (done > 0) {
      json.append(",\"last\":\"L").append(done).append('"');
    }
    if (state == 2) {
      json.append(",\"postTestPassedAt\":\"").append(completed).append("\",\"completedAt\":\"").append(completed).append('"');
    }
    json.append('}');
    enrolments.append(id).append('\t').append(person).append('\t').append(BASE_ID + course).append("\t1\t").append(plan == 0 ? "\\N" : plan)
        .append('\t').append(done).append('\t').append(state == 2 ? completed.replace('T', ' ').replace("Z", "") : "\\N").append('\t')
        .append(state > 0).append('\t').append(copyText(json.toString())).append('\n');
    for (int n = 1; n <= attemptRows; n++) {
      boolean passed = n > failedFirst;
      String body = "{\"drawn\":[\"Q1\",\"Q2\"],\"startedAt\":\"" + completed + "\",\"deadline\":\"" + completed
          + "\",\"answers\":{\"Q1\":[0],\"Q2\":[" + (passed ? 1 : 0) + "]},\"submittedAt\":\"" + completed + "\",\"result\":{\"earned\":"
          + (passed ? 2 : 1) + ",\"max\":2,\"passed\":" + passed + ",\"correct\":{\"Q1\":true,\"Q2\":" + passed + "}}}";
      attempts.append(BASE_ID + course).append(':').append(person).append(':').append(n).append('\t').append(BASE_ID + course).append('\t')
          .append(person).append('\t').append(n).append('\t').append(completed.replace('T', ' ').replace("Z", "")).append('\t')
          .append(completed.replace('T', ' ').replace("Z", "")).append('\t').append(passed).append('\t').append(copyText(body)).append('\n');
    }
    return 1 + attemptRows;
  }

  private static final String QUIZ_JSON = "{\"title\":\"课后测验\",\"purpose\":\"POST_TEST\",\"draw\":2,\"passMark\":60,\"attempts\":3,"
      + "\"timeLimitSeconds\":1800,\"bank\":[{\"id\":\"Q1\",\"type\":\"TRUE_FALSE\",\"text\":\"判断题一\",\"options\":[\"对\",\"错\"],"
      + "\"correct\":[0],\"points\":1},{\"id\":\"Q2\",\"type\":\"TRUE_FALSE\",\"text\":\"判断题二\",\"options\":[\"对\",\"错\"],"
      + "\"correct\":[1],\"points\":1}]}";

  private static String courseJson(String title, boolean general, String domain, int hours) {
    StringBuilder lessons = new StringBuilder();
    for (int l = 1; l <= LESSONS; l++) {
      lessons.append(l == 1 ? "" : ",").append("{\"id\":\"L").append(l).append("\",\"title\":\"第").append(l)
          .append("课\",\"minutes\":20,\"content\":{\"kind\":\"RICH_TEXT\",\"html\":\"<p>")
          .append("基准课程正文。".repeat(60)).append("</p>\"}}");
    }
    return "{\"title\":\"" + title + "\",\"summary\":\"基准测试课程\",\"kind\":\"" + (general ? "GENERAL" : "SPECIAL") + "\",\"domain\":\"" + domain
        + "\",\"posts\":[],\"competencies\":[],\"hours\":\"" + hours + "\",\"minutes\":100,\"owner\":\"基准\",\"lessons\":[" + lessons + "]}";
  }

  private static void unit(StringBuilder units, long id, String code, String name, String kind, long parent, int order) {
    units.append(id).append('\t').append(code).append('\t').append(name).append('\t').append(kind).append('\t').append(parent).append('\t')
        .append(order).append('\n');
  }

  /** Escapes a value for COPY's text format. */
  private static String copyText(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }
}
