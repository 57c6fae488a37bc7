package gxq.health.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load benchmark of {@code POST /api/health/declarations} against a running GXQ on PostgreSQL filled by the demo
 * generator (200,000 employees). Not a test: run by hand, see docs/benchmarks.md.
 *
 * <p>How it is driven: signing in 200,000 employees would measure Argon2, not declarations, so {@code sessions}
 * enterprise admins (demo accounts {@code ent-<zone>-<n>}) sign in once each and post proxy declarations (代报) for
 * their own staff — the same service path as an employee's own declaration (validation, status-row lock, upsert,
 * audit, recompute, alerts) plus the admin's scope check of the target employee. {@code threads} client threads
 * send requests back to back (closed loop); each request is timed from send to full response. Afterwards the
 * declaration rows of today are counted against the 201 answers: no declaration may be lost.
 *
 * <p>Arguments (all optional): baseUrl (http://127.0.0.1:18080), jdbcUrl
 * (jdbc:postgresql://127.0.0.1:5432/gxq_bench_declare), sessions (200), threads (64), perSession (200),
 * warmup declarations excluded from the figures (2000), password (Gxq@2020demo), admins to skip (0; a second run
 * with e.g. 200 skips the admins whose staff already declared today, so it measures first declarations again),
 * mode ({@code declare}, or {@code status}: the same sessions reading {@code GET /api/health/status/{id}} instead,
 * a baseline for the fixed cost of a signed-in API request — session, security filters, one scoped read).
 */
public final class DeclarationLoadBenchmark {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private DeclarationLoadBenchmark() {
    }

    record Session(String username, long enterpriseId, HttpClient client, String csrf, List<Long> employees) {
    }

    record Task(Session session, long employeeId, String body) {
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, 0, "http://127.0.0.1:18080");
        String jdbc = arg(args, 1, "jdbc:postgresql://127.0.0.1:5432/gxq_bench_declare");
        int sessions = Integer.parseInt(arg(args, 2, "200"));
        int threads = Integer.parseInt(arg(args, 3, "64"));
        int perSession = Integer.parseInt(arg(args, 4, "200"));
        int warmup = Integer.parseInt(arg(args, 5, "2000"));
        String password = arg(args, 6, "Gxq@2020demo");
        int skip = Integer.parseInt(arg(args, 7, "0"));
        boolean readOnly = "status".equals(arg(args, 8, "declare")); // baseline: GET /api/health/status/{id}
        // "tasks": sign in, write one line per declaration (session cookie, CSRF token, JSON body) to the file in
        // argument 9 for wrk (src/test/resources/bench/declare.lua), and stop
        boolean tasksOnly = "tasks".equals(arg(args, 8, "declare"));

        List<Session> list = new ArrayList<>();
        long startedCount;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            startedCount = count(db, "select count(*) from health_declaration");
            try (PreparedStatement admins = db.prepareStatement("""
                    select username, enterprise_id from app_user where role = 'ENTERPRISE_ADMIN' and username like 'ent-%'
                    order by id limit ? offset ?""")) {
                admins.setInt(1, sessions);
                admins.setInt(2, skip);
                try (ResultSet rs = admins.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Session(rs.getString(1), rs.getLong(2), null, null, new ArrayList<>()));
                    }
                }
            }
            try (PreparedStatement staff = db.prepareStatement(
                    "select id from employee where enterprise_id = ? and status = 'ACTIVE' order by id limit ?")) {
                for (Session s : list) {
                    staff.setLong(1, s.enterpriseId());
                    staff.setInt(2, perSession);
                    try (ResultSet rs = staff.executeQuery()) {
                        while (rs.next()) {
                            s.employees().add(rs.getLong(1));
                        }
                    }
                }
            }
        }
        System.out.printf("%d admin sessions, %d employees to declare for%n", list.size(),
                list.stream().mapToInt(s -> s.employees().size()).sum());

        long loginStart = System.nanoTime();
        ExecutorService loginPool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Session>> signedIn = new ArrayList<>();
        for (Session s : list) {
            signedIn.add(loginPool.submit(() -> signIn(base, s, password)));
        }
        List<Session> ready = new ArrayList<>();
        for (var f : signedIn) {
            ready.add(f.get());
        }
        loginPool.shutdown();
        System.out.printf("signed in %d admins in %.1f s%n", ready.size(), (System.nanoTime() - loginStart) / 1e9);

        Random random = new Random(20200228);
        List<Task> tasks = new ArrayList<>();
        for (Session s : ready) {
            for (long e : s.employees()) {
                double r = random.nextDouble();
                String extra = r < 0.02 ? ",\"symptoms\":[\"干咳\"]" : r < 0.10
                        ? ",\"visits\":[{\"city\":\"310100\",\"date\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3) + "\"}]"
                        : "";
                String t = r < 0.03 ? "37.6" : "36." + (3 + random.nextInt(5));
                tasks.add(new Task(s, e, "{\"employeeId\":" + e + ",\"temperature\":\"" + t
                        + "\",\"currentCity\":\"420100\"" + extra + "}"));
            }
        }
        Collections.shuffle(tasks, random);
        if (tasksOnly) {
            java.nio.file.Path out = java.nio.file.Path.of(arg(args, 9, "target/declare-tasks.tsv"));
            try (var w = java.nio.file.Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (Task t : tasks) {
                    w.write(cookie(t.session()) + "\t" + t.session().csrf() + "\t" + t.body() + "\n");
                }
            }
            try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
                System.out.printf("%d tasks written to %s; health_declaration rows now: %d%n", tasks.size(), out,
                        count(db, "select count(*) from health_declaration"));
            }
            return;
        }

        int n = tasks.size();
        AtomicLongArray latency = new AtomicLongArray(n);
        AtomicLongArray finishedAt = new AtomicLongArray(n);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        java.util.concurrent.ConcurrentHashMap<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                int k;
                while ((k = next.getAndIncrement()) < n) {
                    Task task = tasks.get(k);
                    HttpRequest req = readOnly
                            ? HttpRequest.newBuilder(URI.create(base + "/api/health/status/" + task.employeeId()))
                                    .timeout(Duration.ofSeconds(60)).build()
                            : HttpRequest.newBuilder(URI.create(base + "/api/health/declarations"))
                            .header("Content-Type", "application/json").header("X-CSRF-TOKEN", task.session().csrf())
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(task.body())).build();
                    long s = System.nanoTime();
                    int code;
                    try {
                        code = task.session().client().send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (Exception ex) {
                        code = -1;
                    }
                    long end = System.nanoTime();
                    latency.set(k, end - s);
                    finishedAt.set(k, end);
                    statuses.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
                    if (code == 201 || (readOnly && code == 200)) {
                        created.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        long t1 = System.nanoTime();

        // figures over the requests that finished after the warm-up ones
        long[] finish = new long[n];
        for (int i = 0; i < n; i++) {
            finish[i] = finishedAt.get(i);
        }
        long[] sortedFinish = finish.clone();
        Arrays.sort(sortedFinish);
        long measuredFrom = warmup < n ? sortedFinish[warmup] : t0;
        List<Long> measured = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (finish[i] > measuredFrom) {
                measured.add(latency.get(i));
            }
        }
        Collections.sort(measured);
        double seconds = (t1 - measuredFrom) / 1e9;
        System.out.printf("requests %d (201: %d, other: %d %s), threads %d, wall %.1f s overall%n", n, created.get(),
                failed.get(), statuses, threads, (t1 - t0) / 1e9);
        System.out.printf("after %d warm-up requests: %d requests in %.1f s = %.0f " + (readOnly ? "status reads" : "declarations") + "/s; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f%n",
                warmup, measured.size(), seconds, measured.size() / seconds, pct(measured, 50), pct(measured, 90),
                pct(measured, 99), measured.isEmpty() ? 0 : measured.get(measured.size() - 1) / 1e6);

        if (readOnly) {
            return;
        }
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            long rows = count(db, "select count(*) from health_declaration") - startedCount;
            long statusRows = count(db, "select count(*) from health_status");
            System.out.printf("declaration rows added: %d, 201 answers: %d -> %s; health_status rows: %d%n", rows,
                    created.get(), rows == created.get() ? "none lost" : "MISMATCH", statusRows);
        }
    }

    private static Session signIn(String base, Session s, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + enc(s.username()) + "&password=" + enc(password) + "&_csrf=" + enc(find(CSRF_INPUT, login));
        var answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed for " + s.username() + ": " + answer.statusCode() + " " + location);
        }
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/health/missing")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new Session(s.username(), s.enterpriseId(), client, find(CSRF_META, page), s.employees());
    }

    /** The session's cookies as one Cookie header value. */
    private static String cookie(Session s) {
        java.net.CookieManager jar = (java.net.CookieManager) s.client().cookieHandler().orElseThrow();
        return String.join("; ", jar.getCookieStore().getCookies().stream().map(Object::toString).toList());
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String arg(String[] args, int i, String def) {
        return args.length > i && !args[i].isBlank() ? args[i] : def;
    }
}
