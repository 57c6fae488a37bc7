package gxq.resumption.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.resumption.internal.DailyReportSaved;
import gxq.resumption.internal.FilingState;
import gxq.resumption.internal.FilingStatusChanged;
import gxq.testing.Fixtures;

/**
 * Raw rows and events as the daily-report and filing code produce them: a report row is written to
 * resumption_daily_report and DailyReportSaved published in the same transaction (a second report of the day is a
 * correction with the previous figures); filing changes are published as FilingStatusChanged.
 */
final class IndicatorTestData {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient db;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Fixtures fixtures;

    IndicatorTestData(JdbcClient db, ApplicationEventPublisher events, PlatformTransactionManager tm, Fixtures fixtures) {
        this.db = db;
        this.events = events;
        this.tx = new TransactionTemplate(tm);
        this.fixtures = fixtures;
    }

    long enterprise(long zone, String industry, String size, boolean above) {
        long id = fixtures.enterprise(zone);
        db.sql("update enterprise set industry = :i, size_band = :s, above_scale = :a where id = :id")
                .param("i", industry).param("s", size).param("a", above).param("id", id).update();
        return id;
    }

    /** A first report or, if the enterprise already reported that day, a correction. */
    void report(long zone, long ent, LocalDate day, int total, int onDuty, int remote, int quarantine, int notReturned,
            int capacity) {
        var now = new DailyReportSaved.Figures(total, onDuty, remote, quarantine, notReturned, capacity);
        tx.executeWithoutResult(s -> {
            Optional<DailyReportSaved.Figures> was = db.sql("""
                    select total_staff, on_duty, remote, quarantine, not_returned, capacity_pct
                    from resumption_daily_report where enterprise_id = :ent and report_date = :day
                    """).param("ent", ent).param("day", day).query((rs, n) -> new DailyReportSaved.Figures(rs.getInt(1),
                    rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))).optional();
            OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC);
            if (was.isEmpty()) {
                db.sql("""
                        insert into resumption_daily_report (zone_id, enterprise_id, report_date, total_staff, on_duty,
                            remote, quarantine, not_returned, capacity_pct, reported_at, updated_at, version)
                        values (:zone, :ent, :day, :total, :onDuty, :remote, :q, :nr, :cap, :t, :t, 0)
                        """).param("zone", zone).param("ent", ent).param("day", day).param("total", total)
                        .param("onDuty", onDuty).param("remote", remote).param("q", quarantine).param("nr", notReturned)
                        .param("cap", capacity).param("t", t).update();
            } else {
                db.sql("""
                        update resumption_daily_report set total_staff = :total, on_duty = :onDuty, remote = :remote,
                            quarantine = :q, not_returned = :nr, capacity_pct = :cap, updated_at = :t, version = version + 1
                        where enterprise_id = :ent and report_date = :day
                        """).param("total", total).param("onDuty", onDuty).param("remote", remote).param("q", quarantine)
                        .param("nr", notReturned).param("cap", capacity).param("t", t).param("ent", ent)
                        .param("day", day).update();
            }
            events.publishEvent(new DailyReportSaved(zone, ent, day, was.orElse(null), now));
        });
    }

    void filing(long zone, long ent, long filingId, FilingState from, FilingState to, LocalDate resumeOn,
            String output, LocalDate changedOn) {
        Instant at = changedOn.atTime(10, 0).atZone(BEIJING).toInstant();
        tx.executeWithoutResult(s -> events.publishEvent(new FilingStatusChanged(zone, ent, filingId, from, to, resumeOn,
                output == null ? null : new BigDecimal(output), at)));
    }
}
