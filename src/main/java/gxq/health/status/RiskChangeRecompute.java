package gxq.health.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import gxq.region.CityRisksChanged;

/**
 * When risk levels of cities change, re-decides at once the colour of everyone whose declarations of the look-back
 * window name one of the cities (current city, a visited city, or where they returned from) — in the zone whose
 * entries changed, or in every zone for national entries. A city turning high-risk turns its recent visitors red now,
 * not at their next declaration or the nightly run. Runs after the change has committed, on one background thread,
 * so the staff member's request does not wait; the nightly recompute remains the safety net.
 */
@Component
class RiskChangeRecompute {

    private static final Logger log = LoggerFactory.getLogger(RiskChangeRecompute.class);

    private final JdbcClient db;
    private final StatusEngine engine;
    private final DailyRecompute recompute;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "health-risk-recompute");
        t.setDaemon(true);
        return t;
    });

    RiskChangeRecompute(JdbcClient db, StatusEngine engine, DailyRecompute recompute) {
        this.db = db;
        this.engine = engine;
        this.recompute = recompute;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CityRisksChanged change) {
        engine.forgetCityRisks();
        worker.submit(() -> {
            try {
                run(change);
            } catch (RuntimeException e) {
                log.error("Recompute after a change of city risks {} failed; the nightly run will catch up", change, e);
            }
        });
    }

    /** Recomputes the people concerned by {@code change}; returns how many. */
    int run(CityRisksChanged change) {
        LocalDate today = engine.today();
        LocalDate from = today.minusDays(engine.lookbackDays());
        List<StatusEngine.Subject> who = new ArrayList<>();
        var query = db.sql("""
                select distinct d.employee_id, d.enterprise_id, d.zone_id
                from health_declaration d join employee e on e.id = d.employee_id and e.status = 'ACTIVE'
                where d.declared_on >= :from""" + (change.zoneId() == null ? "" : " and d.zone_id = :zone") + """
                  and (d.current_city in (:cities) or d.return_from_city in (:cities)
                       or exists (select 1 from health_declaration_visit v
                                  where v.declaration_id = d.id and v.city_code in (:cities)))
                """).param("from", from).param("cities", change.cityCodes());
        if (change.zoneId() != null) {
            query = query.param("zone", change.zoneId());
        }
        query
                .query((rs, n) -> new StatusEngine.Subject(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list().forEach(who::add);
        return recompute.recomputeAll(who, today, "Health recompute after city risks changed " + change.cityCodes());
    }

    /** For tests: waits until the changes submitted so far have been worked off. */
    void awaitIdle() throws Exception {
        worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
