package gxq.resumption.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.resumption.internal.FilingState;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * The aggregates equal a direct computation from the raw report rows and the filing events, after a random sequence
 * of events (fixed seed; zones 81, 82), after concurrent reports of one zone (zone 83) and after reports saved
 * through the daily-report page (zone 89).
 */
@IntegrationTest
@Tag("db")
class IndicatorAggregatesTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager tm;
    @Autowired IndicatorService service;
    @Autowired @Qualifier("healthClock") Clock clock;
    @Autowired MockMvc mvc;

    /** What the filing events say: the latest stated output and the first approval's day of each enterprise. */
    static final class Model {
        final Map<Long, BigDecimal> output = new HashMap<>();
        final Map<Long, LocalDate> resumedFrom = new HashMap<>();
        final Map<Long, String> state = new HashMap<>();
    }

    @Test
    void randomEventsLeaveAggregatesEqualToRawRows() {
        var data = new IndicatorTestData(db, events, tm, fixtures);
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20200210L);
        long[] zones = {81, 82};
        List<long[]> ents = new ArrayList<>();
        String[] industries = {"C", "I", "M", null};
        String[] sizes = {"LARGE", "MEDIUM", "SMALL", "MICRO"};
        for (long zone : zones) {
            for (int i = 0; i < 7; i++) {
                ents.add(new long[] {zone, data.enterprise(zone, industries[i % 4], sizes[(i / 2) % 4], i % 3 == 0)});
            }
        }
        Model model = new Model();
        FilingState[] states = FilingState.values();
        long filing = 70_000;
        for (int step = 0; step < 220; step++) {
            long[] e = ents.get(random.nextInt(ents.size()));
            LocalDate day = today.minusDays(random.nextInt(8));
            if (random.nextInt(3) > 0) {
                int total = 1 + random.nextInt(60);
                int onDuty = random.nextInt(total + 1);
                int remote = random.nextInt(total - onDuty + 1);
                data.report(e[0], e[1], day, total, onDuty, remote, 0, total - onDuty - remote, random.nextInt(101));
            } else {
                FilingState to = states[random.nextInt(states.length)];
                String output = random.nextInt(4) == 0 ? null : (1 + random.nextInt(5000)) + "." + random.nextInt(100);
                LocalDate resumeOn = random.nextBoolean() ? null : today.minusDays(random.nextInt(10) - 3);
                data.filing(e[0], e[1], ++filing, null, to, resumeOn, output, day);
                if (output != null) {
                    model.output.put(e[1], new BigDecimal(output).setScale(2));
                }
                if (to == FilingState.APPROVED && !model.resumedFrom.containsKey(e[1])) {
                    model.resumedFrom.put(e[1], resumeOn == null || resumeOn.isBefore(day) ? day : resumeOn);
                }
                model.state.put(e[1], to.name());
            }
        }
        for (long zone : zones) {
            assertAggregatesMatchRawRows(zone, model, today.minusDays(10), today);
        }

        // the dashboard: breakdown groups add up to the zone's figures, which equal the raw computation
        for (long zone : zones) {
            var scope = new TenantScope(1, Role.ZONE_ADMIN, zone, null, null);
            var d = service.zone(scope, null, today, 14);
            DaySums raw = rawSums(zone, today, model);
            assertThat(d.figures().sums()).isEqualTo(raw);
            long resumed = ents.stream().filter(e -> e[0] == zone).filter(e -> model.resumedFrom.containsKey(e[1])
                    && !model.resumedFrom.get(e[1]).isAfter(today)).count();
            assertThat(d.figures().resumed()).isEqualTo(resumed);
            for (var groups : List.of(d.byIndustry(), d.bySize(), d.byScale())) {
                Figures sum = groups.stream().map(IndicatorService.Group::figures)
                        .reduce(new Figures(today, 0, 0, DaySums.NONE), Figures::plus);
                assertThat(sum.enterprises()).isEqualTo(d.figures().enterprises());
                assertThat(sum.resumed()).isEqualTo(d.figures().resumed());
                assertThat(sum.sums()).isEqualTo(d.figures().sums());
            }
            assertThat(d.notResumedTotal()).isEqualTo(d.figures().enterprises() - d.figures().resumed());
            long none = ents.stream().filter(e -> e[0] == zone && !model.state.containsKey(e[1])).count();
            assertThat(d.notResumed().get(Reason.NONE)).isEqualTo(none);
        }
    }

    @Test
    void concurrentReportsAndFilingsOfOneZoneLoseNoUpdate() throws Exception {
        long zone = 83;
        var data = new IndicatorTestData(db, events, tm, fixtures);
        LocalDate today = LocalDate.now(clock);
        int n = 12;
        long[] ents = new long[n];
        for (int i = 0; i < n; i++) {
            ents[i] = data.enterprise(zone, "C", "SMALL", false);
        }
        Model model = new Model();
        for (int i = 0; i < n; i += 2) { // half have an output before the reports
            data.filing(zone, ents[i], 80_000 + i, null, FilingState.DRAFT, null, String.valueOf(100 + i), today);
            model.output.put(ents[i], new BigDecimal(100 + i).setScale(2));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            done.add(pool.submit(() -> {
                start.await();
                data.report(zone, ents[k], today, 10 + k, 5 + k % 5, 0, 0, 5 - k % 5 + k, 10 * (k % 10));
                data.report(zone, ents[k], today, 10 + k, 4, 1, 0, 5 + k, 5 * (k % 10)); // correction
                if (k % 2 == 1) { // approval with an output, racing the other enterprises' reports
                    data.filing(zone, ents[k], 80_100 + k, FilingState.SUBMITTED, FilingState.APPROVED, today,
                            String.valueOf(50 * k), today);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        for (int i = 1; i < n; i += 2) {
            model.output.put(ents[i], new BigDecimal(50 * i).setScale(2));
            model.resumedFrom.put(ents[i], today);
        }
        assertAggregatesMatchRawRows(zone, model, today, today);
        var row = db.sql("select reported, on_duty from resumption_ind_zone_day where zone_id = :z and report_date = :d")
                .param("z", zone).param("d", today).query((rs, x) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        assertThat(row[0]).isEqualTo(n);
        assertThat(row[1]).isEqualTo(4L * n);
        assertThat(db.sql("select enterprises from resumption_ind_zone_resumed where zone_id = :z and resumed_day = :d")
                .param("z", zone).param("d", today).query(Long.class).single()).isEqualTo(n / 2);
    }

    @Test
    void reportsSavedThroughTheDailyReportPageReachTheAggregates() throws Exception {
        long zone = 89;
        long ent = fixtures.enterprise(zone);
        for (int i = 0; i < 4; i++) {
            fixtures.employee(ent, "员工" + i);
        }
        var admin = fixtures.enterpriseAdmin(ent);
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/resumption/daily").with(csrf()).with(Fixtures.as(admin)).param("onDuty", "3").param("remote", "1").param("quarantine", "0").param("notReturned", "0")
                .param("capacity", "80")).andExpect(status().is3xxRedirection()); // 3 + 1 of 4 staff, 80 %
        mvc.perform(post("/resumption/daily").with(csrf()).with(Fixtures.as(admin)).param("onDuty", "2").param("remote", "1").param("quarantine", "1")
                .param("notReturned", "0").param("capacity", "60").param("version", "0"))
                .andExpect(status().is3xxRedirection()); // correction: 2 on duty, 60 %
        // then a filing states 250: 复岗率 2/4 = 50.0 %, 产能 60 x 250 / 250 = 60.0 %
        var data = new IndicatorTestData(db, events, tm, fixtures);
        data.filing(zone, ent, 89_001, null, FilingState.DRAFT, null, "250", today);
        Model model = new Model();
        model.output.put(ent, new BigDecimal("250.00"));
        assertAggregatesMatchRawRows(zone, model, today, today);
        var d = service.zone(new TenantScope(1, Role.ZONE_STAFF, zone, null, null), null, today, 14);
        assertThat(d.figures().staffRate()).isEqualByComparingTo("50.0");
        assertThat(d.figures().capacityRate()).isEqualByComparingTo("60.0");
    }

    /** Each day's stored sums equal the sums computed from resumption_daily_report and the model's outputs. */
    void assertAggregatesMatchRawRows(long zone, Model model, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DaySums raw = rawSums(zone, d, model);
            DaySums stored = db.sql("select * from resumption_ind_zone_day where zone_id = :z and report_date = :d")
                    .param("z", zone).param("d", d).query((rs, n) -> new DaySums(rs.getLong("reported"),
                            rs.getLong("total_staff"), rs.getLong("on_duty"), rs.getLong("remote"),
                            rs.getLong("quarantine"), rs.getLong("not_returned"), rs.getLong("weighed"),
                            rs.getBigDecimal("weight"), rs.getBigDecimal("weighted_capacity"))).optional()
                    .orElse(DaySums.NONE);
            assertThat(normal(stored)).as("zone %d day %s", zone, d).isEqualTo(normal(raw));
        }
        TreeMap<LocalDate, Long> resumed = new TreeMap<>();
        db.sql("select resumed_day, enterprises from resumption_ind_zone_resumed where zone_id = :z and enterprises > 0")
                .param("z", zone).query((rs, n) -> resumed.put(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
        TreeMap<LocalDate, Long> expected = new TreeMap<>();
        List<Long> zoneEnts = db.sql("select id from enterprise where zone_id = :z").param("z", zone).query(Long.class).list();
        model.resumedFrom.forEach((ent, day) -> {
            if (zoneEnts.contains(ent)) {
                expected.merge(day, 1L, Long::sum);
            }
        });
        assertThat(resumed).isEqualTo(expected);
    }

    DaySums rawSums(long zone, LocalDate day, Model model) {
        DaySums[] sum = {DaySums.NONE};
        db.sql("""
                select enterprise_id, total_staff, on_duty, remote, quarantine, not_returned, capacity_pct
                from resumption_daily_report where zone_id = :z and report_date = :d
                """).param("z", zone).param("d", day).query((rs, n) -> {
                    BigDecimal w = model.output.get(rs.getLong(1));
                    sum[0] = sum[0].plus(new DaySums(1, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), w == null ? 0 : 1, w == null ? BigDecimal.ZERO : w,
                            w == null ? BigDecimal.ZERO : w.multiply(BigDecimal.valueOf(rs.getLong(7)))));
                    return null;
                }).list();
        return sum[0];
    }

    /** BigDecimals compared by value (scales differ between the database and Java). */
    static List<Object> normal(DaySums s) {
        return List.of(s.reported(), s.totalStaff(), s.onDuty(), s.remote(), s.quarantine(), s.notReturned(),
                s.weighed(), s.weight().stripTrailingZeros().toPlainString(),
                s.weightedCapacity().stripTrailingZeros().toPlainString());
    }
}
