package gxq.health.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import gxq.health.HealthFigures;
import gxq.health.ZoneHealthFigures;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The public HealthFigures equal hand-computed figures of a zone set up row by row. Zone 71. */
@IntegrationTest
@Tag("db")
class HealthFiguresTest {

    static final long ZONE = 71;
    /** Zone 1, which many tests share: only differences are compared there. */
    static final long OTHER = 1;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired HealthFigures figures;
    @Autowired FigureStore store;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void zoneFiguresEqualHandComputedOnes() {
        var h = new HealthZoneFixtures(db);
        LocalDate today = LocalDate.now(clock);
        long ent = fixtures.enterprise(ZONE);
        long green1 = fixtures.employee(ent, "绿一");
        long green2 = fixtures.employee(ent, "绿二");
        long yellow = fixtures.employee(ent, "黄一");
        long red = fixtures.employee(ent, "红一");
        long none = fixtures.employee(ent, "未赋码");
        long gone = fixtures.employee(ent, "已离职");
        h.status(green1, "GREEN", null);
        h.status(green2, "GREEN", null);
        h.status(yellow, "YELLOW", "返回");
        h.status(red, "RED", "确诊");
        h.status(gone, "RED", "确诊");
        h.leave(gone);
        h.declaration(green1, today, "36.5");
        h.declaration(yellow, today, "36.8");
        h.declaration(green2, today.minusDays(1), "36.6");
        h.declaration(gone, today, "36.6");
        db.sql("update health_status set watch_until = :d where employee_id = :e").param("d", today.plusDays(5))
                .param("e", yellow).update();
        db.sql("update health_status set watch_until = :d where employee_id = :e").param("d", today.minusDays(1))
                .param("e", green2).update();
        db.sql("update health_status set watch_until = :d where employee_id = :e").param("d", today.plusDays(3))
                .param("e", gone).update();
        long open = h.alert(red, "RED", "RED", "确诊", OffsetDateTime.now());
        long acked = h.alert(yellow, "YELLOW", "YELLOW", "返回", OffsetDateTime.now());
        h.acknowledge(acked, fixtures.zoneAdmin(ZONE).id());

        ZoneHealthFigures f = figures.ofZone(ZONE, today);
        // active: 5 (the one who left is not counted anywhere but in alerts, which belong to the zone)
        assertThat(f).isEqualTo(new ZoneHealthFigures(ZONE, 5, 2, 1, 1, 1, 2, 1, 1));
        assertThat(figures.ofZone(ZONE, today.minusDays(1)).declared()).isEqualTo(1);
        assertThat(figures.allZones(today).stream().filter(z -> z.zoneId() == ZONE).findFirst().orElseThrow())
                .isEqualTo(f);
        assertThat(open).isPositive();
    }

    @Test
    void theNationalFiguresAreReusedForTheConfiguredTimeThenRecomputed() {
        var now = new java.util.concurrent.atomic.AtomicReference<>(clock.instant());
        Clock moving = new Clock() {
            @Override public java.time.ZoneId getZone() { return clock.getZone(); }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public java.time.Instant instant() { return now.get(); }
        };
        var cached = new JdbcHealthFigures(store, db, moving, java.time.Duration.ofSeconds(60));
        LocalDate today = LocalDate.now(clock);
        long ent = fixtures.enterprise(OTHER);
        fixtures.employee(ent, "缓存一");
        long before = employeesOf(cached.allZones(today));

        fixtures.employee(ent, "缓存二");
        now.set(now.get().plusSeconds(59));
        assertThat(employeesOf(cached.allZones(today))).isEqualTo(before);
        assertThat(cached.ofZone(OTHER, today).employees()).isEqualTo(before + 1);
        now.set(now.get().plusSeconds(2));
        assertThat(employeesOf(cached.allZones(today))).isEqualTo(before + 1);
        assertThat(employeesOf(figures.allZones(today))).as("tests run with the reuse off").isEqualTo(before + 1);
    }

    private static long employeesOf(java.util.List<gxq.health.ZoneHealthFigures> zones) {
        return zones.stream().filter(z -> z.zoneId() == OTHER).mapToLong(gxq.health.ZoneHealthFigures::employees)
                .sum();
    }
}
