package gxq.resumption.indicators.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Fills an empty PostgreSQL database for the indicators benchmark (docs/benchmarks.md), with set-based SQL
 * ({@code generate_series}, no row-by-row inserts): zone 1 gets {@code enterprises} active enterprises with
 * {@code perEnterprise} employees each (20,000 × 100 = 2,000,000), every other zone {@code others} enterprises;
 * 30 days of daily reports (≈ 90 % report each day), filing states (≈ 70 % approved at dates spread over the 30
 * days, the rest in the other states or without a filing, ≈ 80 % with a normal output), the indicator aggregates
 * computed from those rows, and two accounts: {@code bench-zone} (ZONE_ADMIN of zone 1) and {@code bench-ministry}.
 * Not run by the test suite (no {@code *Test} name).
 *
 * <p>Args: jdbcUrl [enterprises=20000] [perEnterprise=100] [others=100] [password=Bench#2020pass]
 */
public final class IndicatorDataGenerator {

    private IndicatorDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int enterprises = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int perEnterprise = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int others = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        String password = args.length > 4 ? args[4] : "Bench#2020pass";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long t0 = System.nanoTime();
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
        step("migrated", t0);
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("""
                    insert into enterprise (zone_id, uscc, name, industry, size_band, above_scale, status, created_at, updated_at)
                    select 1, 'B1' || lpad(g::text, 16, '0'), '基准企业' || g,
                        (array['C','I','M','F','E','G','L'])[1 + g % 7], (array['LARGE','MEDIUM','SMALL','MICRO'])[1 + g % 4],
                        g % 3 = 0, 'ACTIVE', now(), now()
                    from generate_series(1, {N}) g""".replace("{N}", String.valueOf(enterprises)));
            s.execute("""
                    insert into enterprise (zone_id, uscc, name, industry, size_band, above_scale, status, created_at, updated_at)
                    select z.id, 'B2' || lpad((z.id * 100000 + g)::text, 16, '0'), z.short_name || '企业' || g,
                        (array['C','I','M','F'])[1 + g % 4], (array['LARGE','MEDIUM','SMALL','MICRO'])[1 + g % 4],
                        g % 4 = 0, 'ACTIVE', now(), now()
                    from zone z cross join generate_series(1, {N}) g where z.id > 1""".replace("{N}", String.valueOf(others)));
            step("enterprises", t0);
            s.execute("""
                    insert into employee (enterprise_id, zone_id, name, id_no_enc, id_no_hash, id_no_masked, status,
                        created_at, updated_at)
                    select e.id, 1, '员工' || g, 'v1:bench', md5(e.id || '-' || g), '110***********0000', 'ACTIVE', now(), now()
                    from enterprise e cross join generate_series(1, {N}) g where e.zone_id = 1""".replace("{N}", String.valueOf(perEnterprise)));
            step("employees", t0);
            s.execute("""
                    insert into resumption_daily_report (zone_id, enterprise_id, report_date, total_staff, on_duty, remote,
                        quarantine, not_returned, capacity_pct, reported_at, updated_at, version)
                    select e.zone_id, e.id, d, 100, 40 + (e.id + k) % 55, 5, 1, 54 - (e.id + k) % 55, (e.id * 7 + k * 3) % 101,
                        now(), now(), 0
                    from enterprise e cross join generate_series(0, 29) k cross join lateral (select date '{DAY}' - k as d) dd
                    where (e.id * 31 + k * 17) % 10 <> 0""".replace("{DAY}", today.toString()));
            step("daily reports", t0);
            s.execute("""
                    insert into resumption_ind_enterprise (enterprise_id, zone_id, filing_id, filing_state, resume_on,
                        resumed_from, normal_output, updated_at)
                    select e.id, e.zone_id, e.id, st, date '{DAY}' - (e.id % 30)::int,
                        case when st = 'APPROVED' then date '{DAY}' - (e.id % 30)::int end,
                        case when e.id % 5 <> 0 then 100 + (e.id % 900) end, now()
                    from enterprise e cross join lateral (select case
                        when e.id % 100 < 70 then 'APPROVED' when e.id % 100 < 80 then 'SUBMITTED'
                        when e.id % 100 < 85 then 'DRAFT' when e.id % 100 < 90 then 'RETURNED'
                        when e.id % 100 < 93 then 'REJECTED' end as st) x
                    where st is not null""".replace("{DAY}", today.toString()));
            // the aggregates, as the listeners would have kept them
            s.execute("""
                    insert into resumption_ind_zone_resumed (zone_id, resumed_day, enterprises)
                    select zone_id, resumed_from, count(*) from resumption_ind_enterprise where resumed_from is not null
                    group by zone_id, resumed_from""");
            s.execute("""
                    insert into resumption_ind_zone_day (zone_id, report_date, reported, total_staff, on_duty, remote,
                        quarantine, not_returned, weighed, weight, weighted_capacity)
                    select r.zone_id, r.report_date, count(*), sum(r.total_staff), sum(r.on_duty), sum(r.remote),
                        sum(r.quarantine), sum(r.not_returned), count(s.normal_output), coalesce(sum(s.normal_output), 0),
                        coalesce(sum(r.capacity_pct * s.normal_output), 0)
                    from resumption_daily_report r left join resumption_ind_enterprise s on s.enterprise_id = r.enterprise_id
                    group by r.zone_id, r.report_date""");
            step("filings and aggregates", t0);
            String hash = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(password);
            for (String[] u : new String[][] {{"bench-zone", "ZONE_ADMIN", "1"}, {"bench-ministry", "MINISTRY_ADMIN", null}}) {
                s.execute("insert into app_user (username, password_hash, display_name, role, zone_id, must_change_password,"
                        + " created_at, updated_at) values ('" + u[0] + "', '" + hash + "', '" + u[0] + "', '" + u[1] + "', "
                        + u[2] + ", false, now(), now())");
            }
            s.execute("vacuum analyze");
            step("accounts, vacuum analyze", t0);
        }
    }

    private static void step(String what, long t0) {
        System.out.printf("%-28s %6.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }
}
