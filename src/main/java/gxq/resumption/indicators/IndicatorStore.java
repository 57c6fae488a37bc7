package gxq.resumption.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicator tables (V22) and the read-only joins on {@code enterprise} and {@code resumption_daily_report}.
 * Writes are increments ({@code x = x + :d}) after an {@code insert … on conflict do nothing} of a zero row, so
 * concurrent reports of one zone never lose an update.
 */
@Repository
class IndicatorStore {

    /** The not-resumed reason of an enterprise row (aliases e = enterprise, s = resumption_ind_enterprise). */
    static final String REASON = """
            case when s.resumed_from is not null then 'APPROVED_LATER' when s.filing_state is null then 'NONE'
                 else s.filing_state end""";

    private final JdbcClient db;

    IndicatorStore(JdbcClient db) {
        this.db = db;
    }

    // ---- writes (listeners) ----

    /** Makes sure the enterprise has a state row and locks it; answers its normal output on record. */
    Optional<BigDecimal> lockEnterprise(long zoneId, long enterpriseId) {
        db.sql("""
                insert into resumption_ind_enterprise (enterprise_id, zone_id, updated_at) values (:ent, :zone, :now)
                on conflict do nothing
                """).param("ent", enterpriseId).param("zone", zoneId).param("now", now()).update();
        return db.sql("select normal_output from resumption_ind_enterprise where enterprise_id = :ent for update")
                .param("ent", enterpriseId).query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1))).single();
    }

    record EnterpriseState(Long filingId, String filingState, LocalDate resumedFrom, BigDecimal normalOutput) {
    }

    EnterpriseState state(long enterpriseId) {
        return db.sql("select filing_id, filing_state, resumed_from, normal_output from resumption_ind_enterprise"
                + " where enterprise_id = :ent").param("ent", enterpriseId)
                .query((rs, n) -> new EnterpriseState((Long) rs.getObject("filing_id", Long.class),
                        rs.getString("filing_state"), rs.getObject("resumed_from", LocalDate.class),
                        rs.getBigDecimal("normal_output"))).single();
    }

    void setFiling(long enterpriseId, long filingId, String state, LocalDate resumeOn, LocalDate resumedFrom,
            BigDecimal normalOutput) {
        db.sql("""
                update resumption_ind_enterprise set filing_id = :filing, filing_state = :state, resume_on = :resumeOn,
                    resumed_from = :resumedFrom, normal_output = :output, updated_at = :now
                where enterprise_id = :ent
                """).param("filing", filingId).param("state", state).param("resumeOn", resumeOn)
                .param("resumedFrom", resumedFrom).param("output", normalOutput).param("now", now())
                .param("ent", enterpriseId).update();
    }

    void addResumed(long zoneId, LocalDate day) {
        db.sql("insert into resumption_ind_zone_resumed (zone_id, resumed_day, enterprises) values (:zone, :day, 0)"
                + " on conflict do nothing").param("zone", zoneId).param("day", day).update();
        db.sql("update resumption_ind_zone_resumed set enterprises = enterprises + 1 where zone_id = :zone"
                + " and resumed_day = :day").param("zone", zoneId).param("day", day).update();
    }

    /** Differences to add to one zone day's sums. */
    record DayDelta(int reported, long totalStaff, long onDuty, long remote, long quarantine, long notReturned,
            int weighed, BigDecimal weight, BigDecimal weightedCapacity) {
    }

    void addToDay(long zoneId, LocalDate day, DayDelta d) {
        db.sql("""
                insert into resumption_ind_zone_day (zone_id, report_date, reported, total_staff, on_duty, remote,
                    quarantine, not_returned, weighed, weight, weighted_capacity)
                values (:zone, :day, 0, 0, 0, 0, 0, 0, 0, 0, 0) on conflict do nothing
                """).param("zone", zoneId).param("day", day).update();
        db.sql("""
                update resumption_ind_zone_day set reported = reported + :reported, total_staff = total_staff + :total,
                    on_duty = on_duty + :onDuty, remote = remote + :remote, quarantine = quarantine + :quarantine,
                    not_returned = not_returned + :notReturned, weighed = weighed + :weighed,
                    weight = weight + :weight, weighted_capacity = weighted_capacity + :wcap
                where zone_id = :zone and report_date = :day
                """).param("reported", d.reported()).param("total", d.totalStaff()).param("onDuty", d.onDuty())
                .param("remote", d.remote()).param("quarantine", d.quarantine()).param("notReturned", d.notReturned())
                .param("weighed", d.weighed()).param("weight", d.weight()).param("wcap", d.weightedCapacity())
                .param("zone", zoneId).param("day", day).update();
    }

    /**
     * The enterprise's normal output changed from {@code old} (null: none) to {@code now}: every day it reported is
     * weighed anew (its report rows are read from {@code resumption_daily_report}).
     */
    void reweigh(long zoneId, long enterpriseId, BigDecimal old, BigDecimal now) {
        BigDecimal dw = old == null ? now : now.subtract(old);
        int dn = old == null ? 1 : 0;
        db.sql("""
                update resumption_ind_zone_day set weighed = weighed + :dn, weight = weight + :dw,
                    weighted_capacity = weighted_capacity + cast(:dw as numeric(20, 2)) * (select r.capacity_pct from resumption_daily_report r
                        where r.enterprise_id = :ent and r.report_date = resumption_ind_zone_day.report_date)
                where zone_id = :zone and report_date in
                    (select r.report_date from resumption_daily_report r where r.enterprise_id = :ent)
                """).param("dn", dn).param("dw", dw).param("ent", enterpriseId).param("zone", zoneId).update();
    }

    // ---- reads ----

    long activeEnterprises(long zoneId) {
        return db.sql("select count(*) from enterprise where zone_id = :zone and status = 'ACTIVE'").param("zone", zoneId)
                .query(Long.class).single();
    }

    /** Active enterprises per zone (zones without any are absent). */
    Map<Long, Long> activeByZone() {
        Map<Long, Long> m = new LinkedHashMap<>();
        db.sql("select zone_id, count(*) from enterprise where status = 'ACTIVE' group by zone_id")
                .query((rs, n) -> m.put(rs.getLong(1), rs.getLong(2))).list();
        return m;
    }

    /** Enterprises counted as resumed from each day up to {@code to}; zone null: all zones. */
    TreeMap<LocalDate, Long> resumedByDay(Long zoneId, LocalDate to) {
        TreeMap<LocalDate, Long> m = new TreeMap<>();
        db.sql("select resumed_day, sum(enterprises) from resumption_ind_zone_resumed where resumed_day <= :to"
                + (zoneId == null ? "" : " and zone_id = :zone") + " group by resumed_day")
                .params(zoneId == null ? Map.of("to", to) : Map.of("to", to, "zone", zoneId))
                .query((rs, n) -> m.put(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
        return m;
    }

    /** Resumed enterprises per zone as of {@code day}. */
    Map<Long, Long> resumedByZone(LocalDate day) {
        Map<Long, Long> m = new LinkedHashMap<>();
        db.sql("select zone_id, sum(enterprises) from resumption_ind_zone_resumed where resumed_day <= :day group by zone_id")
                .param("day", day).query((rs, n) -> m.put(rs.getLong(1), rs.getLong(2))).list();
        return m;
    }

    /** The sums of the reports of one day in every zone that has any. */
    Map<Long, DaySums> daySumsByZone(LocalDate day) {
        Map<Long, DaySums> m = new LinkedHashMap<>();
        db.sql("select * from resumption_ind_zone_day where report_date = :day").param("day", day)
                .query((rs, n) -> m.put(rs.getLong("zone_id"), sums(rs))).list();
        return m;
    }

    /** Sums per day from {@code from} to {@code to}; zone null: all zones added up. */
    Map<LocalDate, DaySums> daySums(Long zoneId, LocalDate from, LocalDate to) {
        Map<LocalDate, DaySums> m = new LinkedHashMap<>();
        db.sql("""
                select report_date, sum(reported) as reported, sum(total_staff) as total_staff, sum(on_duty) as on_duty,
                    sum(remote) as remote, sum(quarantine) as quarantine, sum(not_returned) as not_returned,
                    sum(weighed) as weighed, sum(weight) as weight, sum(weighted_capacity) as weighted_capacity
                from resumption_ind_zone_day where report_date between :from and :to
                """ + (zoneId == null ? "" : " and zone_id = :zone") + " group by report_date order by report_date")
                .params(zoneId == null ? Map.of("from", from, "to", to) : Map.of("from", from, "to", to, "zone", zoneId))
                .query((rs, n) -> m.put(rs.getObject("report_date", LocalDate.class), sums(rs))).list();
        return m;
    }

    private static DaySums sums(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DaySums(rs.getLong("reported"), rs.getLong("total_staff"), rs.getLong("on_duty"), rs.getLong("remote"),
                rs.getLong("quarantine"), rs.getLong("not_returned"), rs.getLong("weighed"), rs.getBigDecimal("weight"),
                rs.getBigDecimal("weighted_capacity"));
    }

    /**
     * One group of the breakdown: the zone's active enterprises of an industry, size band, 规上 status and standing on
     * the day ({@code reason} null: resumed; otherwise why not).
     */
    record GroupRow(String industry, String sizeBand, boolean aboveScale, String reason, long enterprises, long resumed,
            DaySums sums) {
    }

    /** Read-only join of the zone's active enterprises with their state and their report of {@code day}. */
    List<GroupRow> groups(long zoneId, LocalDate day) {
        // the standing is computed once in the derived table: PostgreSQL would not match two uses of :day
        return db.sql("""
                select industry, size_band, above_scale, reason, count(*) as enterprises,
                    sum(case when reason is null then 1 else 0 end) as resumed,
                    sum(case when report_id is not null then 1 else 0 end) as reported,
                    coalesce(sum(total_staff), 0) as total_staff, coalesce(sum(on_duty), 0) as on_duty,
                    coalesce(sum(remote), 0) as remote, coalesce(sum(quarantine), 0) as quarantine,
                    coalesce(sum(not_returned), 0) as not_returned,
                    sum(case when report_id is not null and normal_output is not null then 1 else 0 end) as weighed,
                    coalesce(sum(case when report_id is not null then normal_output end), 0) as weight,
                    coalesce(sum(capacity_pct * normal_output), 0) as weighted_capacity
                from (
                    select e.industry, e.size_band, e.above_scale, s.normal_output, r.id as report_id, r.total_staff,
                        r.on_duty, r.remote, r.quarantine, r.not_returned, r.capacity_pct,
                        case when s.resumed_from <= :day then null else REASON end as reason
                    from enterprise e
                    left join resumption_ind_enterprise s on s.enterprise_id = e.id
                    left join resumption_daily_report r
                        on r.enterprise_id = e.id and r.zone_id = :zone and r.report_date = :day
                    where e.zone_id = :zone and e.status = 'ACTIVE'
                ) x
                group by industry, size_band, above_scale, reason
                """.replace("REASON", REASON)).param("zone", zoneId).param("day", day)
                .query((rs, n) -> new GroupRow(rs.getString("industry"), rs.getString("size_band"),
                        rs.getBoolean("above_scale"), rs.getString("reason"), rs.getLong("enterprises"),
                        rs.getLong("resumed"), sums(rs)))
                .list();
    }

    record NotResumedRow(long enterpriseId, String name, String industry, String sizeBand, boolean aboveScale,
            String reason, LocalDate resumeOn, LocalDate resumedFrom, OffsetDateTime changedAt) {

        public String industryLabel() {
            return IndicatorService.industryLabel(industry);
        }

        public String sizeLabel() {
            return IndicatorService.sizeLabel(sizeBand);
        }
    }

    private static final String NOT_RESUMED = """
            select e.id, e.name, e.industry, e.size_band, e.above_scale, s.resume_on, s.resumed_from,
                case when s.filing_state is null then null else s.updated_at end as changed_at,
            """ + REASON + """
             as reason
            from enterprise e left join resumption_ind_enterprise s on s.enterprise_id = e.id
            where e.zone_id = :zone and e.status = 'ACTIVE' and (s.resumed_from is null or s.resumed_from > :day)
            """;

    /** One page of the not-resumed list (reason null: all), by name. */
    List<NotResumedRow> notResumed(long zoneId, LocalDate day, String reason, int limit, int offset) {
        return notResumedSpec(zoneId, day, reason, " order by e.name, e.id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(IndicatorStore::notResumedRow).list();
    }

    void eachNotResumed(long zoneId, LocalDate day, String reason, Consumer<NotResumedRow> each) {
        try (var rows = notResumedSpec(zoneId, day, reason, " order by e.name, e.id")
                .query(IndicatorStore::notResumedRow).stream()) {
            rows.forEach(each);
        }
    }

    private JdbcClient.StatementSpec notResumedSpec(long zoneId, LocalDate day, String reason, String tail) {
        String sql = NOT_RESUMED + (reason == null ? "" : " and " + REASON + " = :reason") + tail;
        var spec = db.sql(sql).param("zone", zoneId).param("day", day);
        return reason == null ? spec : spec.param("reason", reason);
    }

    private static NotResumedRow notResumedRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new NotResumedRow(rs.getLong("id"), rs.getString("name"), rs.getString("industry"),
                rs.getString("size_band"), rs.getBoolean("above_scale"), rs.getString("reason"),
                rs.getObject("resume_on", LocalDate.class), rs.getObject("resumed_from", LocalDate.class),
                rs.getObject("changed_at", OffsetDateTime.class));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
