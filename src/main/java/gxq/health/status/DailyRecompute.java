package gxq.health.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shortly after midnight (Asia/Shanghai) recomputes everyone whose colour can change by the date alone:
 * <ul>
 *   <li>active employees who are green (or have no status yet) and did not declare yesterday — a missed day turns
 *       them yellow (new employees are due from the day after they joined the roster);</li>
 *   <li>statuses whose "until" day has come (a yellow observation or red isolation that may end today);</li>
 *   <li>staff overrides whose last day was yesterday.</li>
 * </ul>
 * Candidates are found with three indexed queries, then recomputed in batches of {@value #BATCH}, one transaction per
 * batch (a failing person is logged and retried alone so one bad row does not stop the night).
 */
@Component
public class DailyRecompute {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(DailyRecompute.class);

    private final JdbcClient db;
    private final StatusEngine engine;
    private final TransactionTemplate tx;

    DailyRecompute(JdbcClient db, StatusEngine engine, TransactionTemplate tx) {
        this.db = db;
        this.engine = engine;
        this.tx = tx;
    }

    @Scheduled(cron = "${gxq.health.daily-recompute-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "health.daily-recompute", lockAtMostFor = "2h", lockAtLeastFor = "1m")
    public void nightly() {
        run(engine.today());
    }

    /** Recomputes the candidates of {@code today}; returns how many people were recomputed. */
    public int run(LocalDate today) {
        long started = System.nanoTime();
        Map<Long, StatusEngine.Subject> who = new LinkedHashMap<>();
        db.sql("""
                select e.id, e.enterprise_id, e.zone_id from employee e
                left join health_status s on s.employee_id = e.id
                where e.status = 'ACTIVE' and (s.employee_id is null or s.colour = 'GREEN')
                  and not exists (select 1 from health_declaration d where d.employee_id = e.id and d.declared_on = :yesterday)
                """).param("yesterday", today.minusDays(1)).query(rs -> {
                    who.put(rs.getLong(1), new StatusEngine.Subject(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                });
        db.sql("""
                select employee_id, enterprise_id, zone_id from health_status
                where (until_date is not null and until_date <= :today) or override_until = :yesterday
                """).param("today", today).param("yesterday", today.minusDays(1)).query(rs -> {
                    who.putIfAbsent(rs.getLong(1), new StatusEngine.Subject(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                });
        return recomputeAll(new ArrayList<>(who.values()), today, "Daily health recompute", started);
    }

    /**
     * Recomputes {@code all} for {@code today} in transactions of {@value #BATCH} people; a failing batch is retried
     * one by one so that one bad row does not stop the rest. @return how many people were recomputed
     */
    public int recomputeAll(List<StatusEngine.Subject> all, LocalDate today, String what) {
        return recomputeAll(all, today, what, System.nanoTime());
    }

    private int recomputeAll(List<StatusEngine.Subject> all, LocalDate today, String what, long started) {
        int done = 0;
        for (int i = 0; i < all.size(); i += BATCH) {
            List<StatusEngine.Subject> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            try {
                tx.executeWithoutResult(s -> batch.forEach(p -> engine.recompute(p, today, Trigger.daily())));
                done += batch.size();
                if ((i / BATCH) % 20 == 19) {
                    log.info("{} for {}: {} of {} people, {} ms", what, today, done, all.size(),
                            (System.nanoTime() - started) / 1_000_000);
                }
            } catch (RuntimeException e) {
                log.warn("Daily recompute: batch failed ({}), retrying one by one", e.toString());
                for (StatusEngine.Subject p : batch) {
                    try {
                        tx.executeWithoutResult(s -> engine.recompute(p, today, Trigger.daily()));
                        done++;
                    } catch (RuntimeException one) {
                        log.error("Daily recompute failed for employee {}", p.employeeId(), one);
                    }
                }
            }
        }
        log.info("{} for {}: {} of {} people in {} ms", what, today, done, all.size(),
                (System.nanoTime() - started) / 1_000_000);
        return done;
    }
}
