package gxq.health.zone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
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

    JdbcHealthFigures(FigureStore figures, JdbcClient db, @Qualifier("healthClock") Clock clock) {
        this.figures = figures;
        this.db = db;
        this.clock = clock;
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

    @Override
    public List<ZoneHealthFigures> allZones(LocalDate day) {
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
