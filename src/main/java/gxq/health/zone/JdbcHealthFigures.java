package gxq.health.zone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.health.HealthFigures;
import gxq.health.ZoneHealthFigures;

/**
 * {@link HealthFigures} from the overview's own aggregate queries ({@link FigureStore}, read with a ministry-wide
 * scope; the caller decides who may see which zone), plus two counts in the database: active employees whose 14-day
 * watch ({@code health_status.watch_until}) runs until today or later, and alerts not yet acknowledged.
 */
@Service
@Transactional(readOnly = true)
class JdbcHealthFigures implements HealthFigures {

    private static final TenantScope ALL = new TenantScope(0, Role.MINISTRY_ADMIN, null, null, null);

    private final FigureStore figures;
    private final JdbcClient db;
    private final Clock clock;

    private final Duration nationalTtl;
    private final AtomicReference<Cached> national = new AtomicReference<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** All zones' figures of a day as computed at {@code at}. */
    private record Cached(LocalDate day, Instant at, List<ZoneHealthFigures> zones) {
    }

    JdbcHealthFigures(FigureStore figures, JdbcClient db, @Qualifier("healthClock") Clock clock,
            @Value("${gxq.health.national-figures-ttl:60s}") Duration nationalTtl) {
        this.figures = figures;
        this.db = db;
        this.clock = clock;
        this.nationalTtl = nationalTtl;
    }

    @Override
    public ZoneHealthFigures ofZone(long zoneId, LocalDate day) {
        Figures f = figures.totals(ALL, zoneId, day);
        long watched = db.sql("""
                select count(*) from health_status s join employee e on e.id = s.employee_id
                where s.zone_id = :zone and s.watch_until >= :today and e.status = 'ACTIVE'
                """).param("zone", zoneId).param("today", LocalDate.now(clock)).query(Long.class).single();
        long alerts = db.sql("select count(*) from health_alert a where a.zone_id = :zone and a.acknowledged_at is null")
                .param("zone", zoneId).query(Long.class).single();
        return of(zoneId, f, watched, alerts);
    }

    /**
     * Every zone at once scans every active employee (about 2 s for 2,000,000 who all have a status, 90 % declared, on PostgreSQL), so the national view
     * reuses the answer for {@code gxq.health.national-figures-ttl} (60 s; 0 turns it off), and while one request
     * recomputes it the others get the previous figures instead of queueing. Zone reports use
     * {@link #ofZone}, which is never cached.
     */
    @Override
    public List<ZoneHealthFigures> allZones(LocalDate day) {
        Cached c = national.get();
        Instant now = clock.instant();
        boolean sameDay = c != null && c.day().equals(day);
        if (sameDay && c.at().plus(nationalTtl).isAfter(now)) {
            return c.zones();
        }
        // one request recomputes; the others meanwhile get the figures of a minute ago rather than queueing
        if (sameDay && !refreshing.compareAndSet(false, true)) {
            return c.zones();
        }
        try {
            List<ZoneHealthFigures> zones = List.copyOf(computeAllZones(day));
            national.set(new Cached(day, now, zones));
            return zones;
        } finally {
            if (sameDay) {
                refreshing.set(false);
            }
        }
    }

    private List<ZoneHealthFigures> computeAllZones(LocalDate day) {
        Map<Long, Long> watched = new HashMap<>();
        db.sql("""
                select s.zone_id, count(*) from health_status s join employee e on e.id = s.employee_id
                where s.watch_until >= :today and e.status = 'ACTIVE' group by s.zone_id
                """).param("today", LocalDate.now(clock)).query((rs, n) -> watched.put(rs.getLong(1), rs.getLong(2)))
                .list();
        Map<Long, Long> alerts = new HashMap<>();
        db.sql("select a.zone_id, count(*) from health_alert a where a.acknowledged_at is null group by a.zone_id")
                .query((rs, n) -> alerts.put(rs.getLong(1), rs.getLong(2))).list();
        List<ZoneHealthFigures> out = new ArrayList<>();
        for (FigureRow row : figures.byZone(ALL, day)) {
            out.add(of(row.id(), row.figures(), watched.getOrDefault(row.id(), 0L), alerts.getOrDefault(row.id(), 0L)));
        }
        return out;
    }

    private static ZoneHealthFigures of(long zoneId, Figures f, long watched, long alerts) {
        return new ZoneHealthFigures(zoneId, f.employees(), f.green(), f.yellow(), f.red(), f.noStatus(), f.declaredToday(),
                watched, alerts);
    }
}
