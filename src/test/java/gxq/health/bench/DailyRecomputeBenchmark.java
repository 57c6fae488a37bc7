package gxq.health.bench;

import gxq.GxqApplication;
import gxq.health.status.DailyRecompute;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Runs the nightly recompute once against a database (e.g. the one of {@link DeclarationLoadBenchmark}) for
 * tomorrow, so that everyone who has not declared today is a candidate, and prints the time. Not a test; see
 * docs/benchmarks.md. Arguments: jdbcUrl, optional day (default: tomorrow in Asia/Shanghai).
 */
public final class DailyRecomputeBenchmark {

    private DailyRecomputeBenchmark() {
    }

    public static void main(String[] args) {
        String jdbc = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/gxq_bench_declare";
        LocalDate day = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        SpringApplication app = new SpringApplication(GxqApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (var context = app.run("--spring.datasource.url=" + jdbc, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--gxq.health.daily-recompute-cron=-", "--logging.level.gxq=INFO")) {
            long t0 = System.nanoTime();
            int done = context.getBean(DailyRecompute.class).run(day);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("daily recompute for %s: %d people in %.1f s = %.0f people/s%n", day, done, s, done / s);
        }
    }
}
