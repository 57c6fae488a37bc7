package gxq.health.bench;

import gxq.GxqApplication;
import gxq.account.Role;
import gxq.health.Colour;
import gxq.health.code.HealthCodeIssuer;
import gxq.health.code.SubjectPseudonyms;
import gxq.health.gate.GateFixtures;
import gxq.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gate scans per second and latency percentiles through the device API over HTTP on loopback: the whole path —
 * HMAC request authentication with a nonce insert, code verification, status look-up, scan insert, JSON answer.
 * Starts the application in this JVM on a random port, creates employees with green status rows, one checkpoint and
 * one device, pre-issues one code per employee, then runs C client threads (each with its own {@link HttpClient})
 * for a warm-up and a measured period. Not a test (no class here is named *Test); run by hand, see
 * docs/benchmarks.md.
 *
 * <p>Arguments (all optional, {@code key=value}): {@code db=h2|<jdbc url of an empty PostgreSQL database>},
 * {@code clients=16}, {@code employees=2000}, {@code warmup=10}, {@code seconds=30}.
 */
public final class GateScanHttpBenchmark {

    private GateScanHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = arg(args, "db", "h2");
        int clients = Integer.parseInt(arg(args, "clients", "16"));
        int employees = Integer.parseInt(arg(args, "employees", "2000"));
        int warmup = Integer.parseInt(arg(args, "warmup", "10"));
        int seconds = Integer.parseInt(arg(args, "seconds", "30"));
        String url = db.equals("h2")
                ? "jdbc:h2:mem:gatebench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
                : db;
        List<String> props = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=test",
                "--spring.datasource.url=" + url, "--gxq.health.code.lifetime=50m", "--logging.level.root=WARN",
                "--logging.level.gxq=WARN"));
        if (!db.equals("h2")) {
            props.add("--spring.datasource.username=postgres");
            props.add("--spring.datasource.password=");
        }
        SpringApplication app = new SpringApplication(GxqApplication.class, Fixtures.class, GateFixtures.class);
        ConfigurableApplicationContext ctx = app.run(props.toArray(String[]::new));
        try {
            run(ctx, db, clients, employees, warmup, seconds);
        } finally {
            ctx.close();
        }
    }

    private static void run(ConfigurableApplicationContext ctx, String db, int clients, int employees, int warmup,
            int seconds) throws Exception {
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
        Fixtures fixtures = ctx.getBean(Fixtures.class);
        GateFixtures gate = ctx.getBean(GateFixtures.class);
        HealthCodeIssuer issuer = ctx.getBean(HealthCodeIssuer.class);
        SubjectPseudonyms pseudonyms = ctx.getBean(SubjectPseudonyms.class);
        long zone = 168;
        long t0 = System.nanoTime();
        long checkpoint = gate.checkpoint(zone, null, "bench gate " + Fixtures.next());
        String appId = "gd_bench_" + Fixtures.next();
        String secret = "bench-secret-" + UUID.randomUUID();
        gate.device(checkpoint, appId, secret);
        List<String> bodies = new ArrayList<>();
        long enterprise = fixtures.enterprise(zone);
        for (int i = 0; i < employees; i++) {
            if (i > 0 && i % 200 == 0) {
                enterprise = fixtures.enterprise(zone);
            }
            long e = fixtures.employee(enterprise, "压测" + i);
            gate.status(e, Colour.GREEN);
            String token = issuer.issue(pseudonyms.of(e), Colour.GREEN, zone, 1).token();
            bodies.add("{\"token\":\"" + token + "\",\"direction\":\"IN\",\"temperature\":36.5}");
        }
        System.out.printf("setup: %d employees with status and codes in %.1f s%n", employees, (System.nanoTime() - t0) / 1e9);
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long scansBefore = jdbc.sql("select count(*) from gate_scan").query(Long.class).single();

        URI uri = URI.create("http://127.0.0.1:" + port + "/api/gate/v1/verify");
        Phase w = phase(uri, appId, secret, bodies, clients, warmup);
        System.out.printf("warm-up: %d requests%n", w.count);
        Phase m = phase(uri, appId, secret, bodies, clients, seconds);
        long scansAfter = jdbc.sql("select count(*) from gate_scan").query(Long.class).single();
        long[] lat = m.latencies;
        Arrays.sort(lat);
        System.out.printf("database: %s%nclients: %d, measured: %d s%n", db.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2 (in memory)",
                clients, seconds);
        System.out.printf("requests: %d, not ADMITTED or failed: %d, scans logged in the measured period: %d%n",
                m.count, m.errors, scansAfter - scansBefore - w.count);
        System.out.printf("throughput: %.0f scans/s%n", m.count / (double) seconds);
        System.out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, p99.9 %.2f, max %.2f%n", pct(lat, 50), pct(lat, 90),
                pct(lat, 99), pct(lat, 99.9), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
    }

    private record Phase(long count, long errors, long[] latencies) {
    }

    private static Phase phase(URI uri, String appId, String secret, List<String> bodies, int clients, int seconds)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        AtomicLong next = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[2_000_000];
            int[] n = new int[1];
            perThread.add(lat);
            counts.add(n);
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                while (!stop.get()) {
                    String body = bodies.get((int) (next.getAndIncrement() % bodies.size()));
                    HttpRequest req = signed(uri, appId, secret, body);
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        long d = System.nanoTime() - s;
                        if (r.statusCode() != 200 || !r.body().contains("\"ADMITTED\"")) {
                            errors.incrementAndGet();
                        }
                        if (n[0] < lat.length) {
                            lat[n[0]++] = d;
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        int total = counts.stream().mapToInt(a -> a[0]).sum();
        long[] all = new long[total];
        int off = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perThread.get(c), 0, all, off, counts.get(c)[0]);
            off += counts.get(c)[0];
        }
        return new Phase(total, errors.get(), all);
    }

    private static HttpRequest signed(URI uri, String appId, String secret, String body) {
        try {
            String ts = String.valueOf(Instant.now().getEpochSecond());
            String nonce = UUID.randomUUID().toString().replace("-", "");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String sig = Base64.getEncoder().encodeToString(mac.doFinal(
                    ("POST\n" + uri.getPath() + "\n" + ts + "\n" + nonce + "\n" + hash).getBytes(StandardCharsets.UTF_8)));
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("X-GXQ-AppId", appId).header("X-GXQ-Timestamp", ts).header("X-GXQ-Nonce", nonce)
                    .header("X-GXQ-Signature", sig).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static String arg(String[] args, String key, String fallback) {
        for (String a : args) {
            if (a.startsWith(key + "=")) {
                return a.substring(key.length() + 1);
            }
        }
        return fallback;
    }
}
