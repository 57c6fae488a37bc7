package gxq.resumption.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The resumption_daily_report tables; {@link DailyService} decides who may read or write. */
@Repository
class DailyStore {

    private static final String COLUMNS = """
            r.id, r.zone_id, r.enterprise_id, r.report_date, r.total_staff, r.on_duty, r.remote, r.quarantine,
            r.not_returned, r.capacity_pct, r.updated_at, r.version""";

    private final JdbcClient db;

    DailyStore(JdbcClient db) {
        this.db = db;
    }

    Optional<DailyReport> find(long enterpriseId, LocalDate day) {
        return db.sql("select " + COLUMNS + " from resumption_daily_report r where r.enterprise_id = :ent and r.report_date = :day")
                .param("ent", enterpriseId).param("day", day).query(DailyStore::report).optional();
    }

    List<DailyReport> since(long enterpriseId, LocalDate from) {
        return db.sql("select " + COLUMNS + " from resumption_daily_report r where r.enterprise_id = :ent and r.report_date >= :from"
                + " order by r.report_date desc").param("ent", enterpriseId).param("from", from)
                .query(DailyStore::report).list();
    }

    /** Read-only join: the enterprise's active employees whose health status is RED or YELLOW. */
    long activeRedOrYellow(long zoneId, long enterpriseId) {
        return db.sql("""
                select count(*) from health_status h join employee e on e.id = h.employee_id
                where h.zone_id = :zone and h.enterprise_id = :ent and e.enterprise_id = :ent and e.status = 'ACTIVE'
                  and h.colour in ('RED', 'YELLOW')
                """).param("zone", zoneId).param("ent", enterpriseId).query(Long.class).single();
    }

    /** Read-only join: the zone's active enterprises with their report of the day, if any. */
    List<DailyZoneRow> zone(long zoneId, LocalDate day) {
        return db.sql("select en.id as ent_id, en.name as ent_name, " + COLUMNS + """
                 from enterprise en left join resumption_daily_report r
                    on r.enterprise_id = en.id and r.zone_id = :zone and r.report_date = :day
                where en.zone_id = :zone and en.status = 'ACTIVE'
                order by case when r.id is null then 1 else 0 end, en.name, en.id
                """).param("zone", zoneId).param("day", day).query((rs, n) -> {
                    rs.getLong("id");
                    DailyReport r = rs.wasNull() ? null : report(rs, n);
                    return new DailyZoneRow(rs.getLong("ent_id"), rs.getString("ent_name"), r);
                }).list();
    }

    Optional<String> enterpriseName(long zoneId, long enterpriseId) {
        return db.sql("select name from enterprise where id = :ent and zone_id = :zone").param("ent", enterpriseId)
                .param("zone", zoneId).query(String.class).optional();
    }

    long insert(long zoneId, long enterpriseId, LocalDate day, Figures f, long userId) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into resumption_daily_report (zone_id, enterprise_id, report_date, total_staff, on_duty, remote,
                    quarantine, not_returned, capacity_pct, reported_by, reported_at, updated_by, updated_at, version)
                values (:zone, :ent, :day, :total, :onDuty, :remote, :quarantine, :notReturned, :capacity, :user, :now,
                    :user, :now, 0)
                """).param("zone", zoneId).param("ent", enterpriseId).param("day", day).param("total", f.totalStaff())
                .param("onDuty", f.onDuty()).param("remote", f.remote()).param("quarantine", f.quarantine())
                .param("notReturned", f.notReturned()).param("capacity", f.capacityPct()).param("user", userId)
                .param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Keeps the replaced values and updates the row if its version is still {@code version}. */
    boolean correct(DailyReport old, int version, Figures f, long userId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean updated = db.sql("""
                update resumption_daily_report set total_staff = :total, on_duty = :onDuty, remote = :remote,
                    quarantine = :quarantine, not_returned = :notReturned, capacity_pct = :capacity, updated_by = :user,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version
                """).param("total", f.totalStaff()).param("onDuty", f.onDuty()).param("remote", f.remote())
                .param("quarantine", f.quarantine()).param("notReturned", f.notReturned())
                .param("capacity", f.capacityPct()).param("user", userId).param("now", now).param("id", old.id())
                .param("version", version).update() == 1;
        if (updated) {
            db.sql("""
                    insert into resumption_daily_report_revision (report_id, version, total_staff, on_duty, remote,
                        quarantine, not_returned, capacity_pct, changed_by, changed_at)
                    values (:id, :version, :total, :onDuty, :remote, :quarantine, :notReturned, :capacity, :user, :now)
                    """).param("id", old.id()).param("version", old.version()).param("total", old.totalStaff())
                    .param("onDuty", old.onDuty()).param("remote", old.remote()).param("quarantine", old.quarantine())
                    .param("notReturned", old.notReturned()).param("capacity", old.capacityPct()).param("user", userId)
                    .param("now", now).update();
        }
        return updated;
    }

    /** A reminder to report: who sent it and when. */
    record Reminder(long enterpriseId, String sentByName, OffsetDateTime at) {
    }

    /** Records today's reminder to an enterprise; false when it was already reminded that day. */
    boolean remind(long zoneId, long enterpriseId, LocalDate day, long userId, String userName) {
        return db.sql("""
                insert into resumption_daily_reminder (zone_id, enterprise_id, report_date, sent_by, sent_by_name,
                    created_at)
                values (:zone, :ent, :day, :user, :name, :now)
                on conflict do nothing
                """).param("zone", zoneId).param("ent", enterpriseId).param("day", day).param("user", userId)
                .param("name", userName).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update() == 1;
    }

    Optional<Reminder> reminder(long enterpriseId, LocalDate day) {
        return db.sql("""
                select enterprise_id, sent_by_name, created_at from resumption_daily_reminder
                where enterprise_id = :ent and report_date = :day
                """).param("ent", enterpriseId).param("day", day).query(DailyStore::reminder).optional();
    }

    /** The reminders of the zone's day, by enterprise. */
    Map<Long, Reminder> reminders(long zoneId, LocalDate day) {
        Map<Long, Reminder> byEnterprise = new HashMap<>();
        db.sql("""
                select enterprise_id, sent_by_name, created_at from resumption_daily_reminder
                where zone_id = :zone and report_date = :day
                """).param("zone", zoneId).param("day", day).query(DailyStore::reminder).list()
                .forEach(r -> byEnterprise.put(r.enterpriseId(), r));
        return byEnterprise;
    }

    /** Read-only join: the zone's active enterprises without a report of the day. */
    List<Long> notReported(long zoneId, LocalDate day) {
        return db.sql(NOT_REPORTED.formatted("en.id") + " order by en.id").param("zone", zoneId).param("day", day)
                .query(Long.class).list();
    }

    long countNotReported(long zoneId, LocalDate day) {
        return db.sql(NOT_REPORTED.formatted("count(*)")).param("zone", zoneId).param("day", day).query(Long.class)
                .single();
    }

    private static final String NOT_REPORTED = """
            select %s from enterprise en
            where en.zone_id = :zone and en.status = 'ACTIVE'
              and not exists (select 1 from resumption_daily_report r where r.enterprise_id = en.id and r.report_date = :day)
            """;

    /** Whether the enterprise is one of the zone's active enterprises. */
    boolean isActiveIn(long zoneId, long enterpriseId) {
        return db.sql("select count(*) from enterprise where id = :ent and zone_id = :zone and status = 'ACTIVE'")
                .param("ent", enterpriseId).param("zone", zoneId).query(Long.class).single() > 0;
    }

    private static Reminder reminder(ResultSet rs, int n) throws SQLException {
        return new Reminder(rs.getLong("enterprise_id"), rs.getString("sent_by_name"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    record Figures(int totalStaff, int onDuty, int remote, int quarantine, int notReturned, int capacityPct) {

        String describe() {
            return "total=" + totalStaff + " onDuty=" + onDuty + " remote=" + remote + " quarantine=" + quarantine
                    + " notReturned=" + notReturned + " capacity=" + capacityPct + "%";
        }

        DailyReportSaved.Figures published() {
            return new DailyReportSaved.Figures(totalStaff, onDuty, remote, quarantine, notReturned, capacityPct);
        }
    }

    private static DailyReport report(ResultSet rs, int n) throws SQLException {
        return new DailyReport(rs.getLong("id"), rs.getLong("zone_id"), rs.getLong("enterprise_id"),
                rs.getObject("report_date", LocalDate.class), rs.getInt("total_staff"), rs.getInt("on_duty"),
                rs.getInt("remote"), rs.getInt("quarantine"), rs.getInt("not_returned"), rs.getInt("capacity_pct"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
