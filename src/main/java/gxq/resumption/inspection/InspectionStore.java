package gxq.resumption.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.account.TenantScope;

/** The resumption_inspection tables; {@link InspectionService} decides who may read or write. */
@Repository
class InspectionStore {

    private static final String INSPECTION = """
            select i.id, i.zone_id, i.enterprise_id, en.name as enterprise_name, i.inspected_on, i.inspectors, i.result,
                i.notes, i.created_by_name, i.created_at
            from resumption_inspection i join enterprise en on en.id = i.enterprise_id
            """;
    private static final String FINDING = """
            f.id, f.inspection_id, f.zone_id, f.enterprise_id, f.position, f.item_code, f.item_title, f.description,
            f.severity, f.deadline, f.state, f.rectification, f.rectified_at, f.version""";

    private final JdbcClient db;

    InspectionStore(JdbcClient db) {
        this.db = db;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A read-only look at the enterprise table: the zone's active enterprises, by name. */
    public record EnterpriseChoice(long id, String name) {
    }

    List<EnterpriseChoice> activeEnterprises(long zoneId) {
        return db.sql("select id, name from enterprise where zone_id = :zone and status = 'ACTIVE' order by name, id")
                .param("zone", zoneId).query((rs, n) -> new EnterpriseChoice(rs.getLong(1), rs.getString(2))).list();
    }

    Optional<String> activeEnterpriseName(long zoneId, long enterpriseId) {
        return db.sql("select name from enterprise where id = :ent and zone_id = :zone and status = 'ACTIVE'")
                .param("ent", enterpriseId).param("zone", zoneId).query(String.class).optional();
    }

    Optional<String> enterpriseName(long enterpriseId) {
        return db.sql("select name from enterprise where id = :ent").param("ent", enterpriseId).query(String.class)
                .optional();
    }

    long insert(long zoneId, long enterpriseId, LocalDate on, String inspectors, InspectionResult result, String notes,
            long userId, String userName) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into resumption_inspection (zone_id, enterprise_id, inspected_on, inspectors, result, notes,
                    created_by, created_by_name, created_at)
                values (:zone, :ent, :on, :inspectors, :result, :notes, :user, :userName, :now)
                """).param("zone", zoneId).param("ent", enterpriseId).param("on", on).param("inspectors", inspectors)
                .param("result", result.name()).param("notes", notes).param("user", userId)
                .param("userName", userName).param("now", now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertFinding(long inspectionId, long zoneId, long enterpriseId, int position, String itemCode,
            String itemTitle, String description, Severity severity, LocalDate deadline) {
        db.sql("""
                insert into resumption_inspection_finding (inspection_id, zone_id, enterprise_id, position, item_code,
                    item_title, description, severity, deadline, state, updated_at, version)
                values (:insp, :zone, :ent, :pos, :code, :title, :description, :severity, :deadline, :state, :now, 0)
                """).param("insp", inspectionId).param("zone", zoneId).param("ent", enterpriseId).param("pos", position)
                .param("code", itemCode).param("title", itemTitle).param("description", description)
                .param("severity", severity.name()).param("deadline", deadline)
                .param("state", (severity.needsRectification() ? FindingState.OPEN : FindingState.NOTED).name())
                .param("now", now()).update();
    }

    Optional<Inspection> find(long id) {
        return db.sql(INSPECTION + " where i.id = :id").param("id", id).query(InspectionStore::inspection).optional();
    }

    List<Finding> findings(long inspectionId, LocalDate today) {
        return db.sql("select " + FINDING + " from resumption_inspection_finding f where f.inspection_id = :id"
                + " order by f.position, f.id").param("id", inspectionId).query((rs, n) -> finding(rs, today)).list();
    }

    Optional<Finding> finding(long id, LocalDate today) {
        return db.sql("select " + FINDING + " from resumption_inspection_finding f where f.id = :id").param("id", id)
                .query((rs, n) -> finding(rs, today)).optional();
    }

    List<FindingEvent> events(long inspectionId) {
        return db.sql("""
                select ev.id, ev.finding_id, ev.action, ev.text, ev.deadline, ev.actor_name, ev.created_at
                from resumption_inspection_finding_event ev join resumption_inspection_finding f on f.id = ev.finding_id
                where f.inspection_id = :id order by ev.created_at, ev.id
                """).param("id", inspectionId).query((rs, n) -> new FindingEvent(rs.getLong("id"),
                        rs.getLong("finding_id"), rs.getString("action"), rs.getString("text"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("actor_name"),
                        rs.getObject("created_at", OffsetDateTime.class))).list();
    }

    /** OPEN → RECTIFIED with what was done, if the finding still has {@code version}; false when someone acted first. */
    boolean rectify(long id, int version, String text) {
        OffsetDateTime now = now();
        return db.sql("""
                update resumption_inspection_finding set state = 'RECTIFIED', rectification = :text, rectified_at = :now,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version and state = 'OPEN'
                """).param("text", text).param("now", now).param("id", id).param("version", version).update() == 1;
    }

    /** RECTIFIED → CLOSED if the finding still has {@code version}. */
    boolean accept(long id, int version) {
        return db.sql("""
                update resumption_inspection_finding set state = 'CLOSED', updated_at = :now, version = version + 1
                where id = :id and version = :version and state = 'RECTIFIED'
                """).param("now", now()).param("id", id).param("version", version).update() == 1;
    }

    /** RECTIFIED → OPEN with a new deadline if the finding still has {@code version}. */
    boolean reopen(long id, int version, LocalDate deadline) {
        return db.sql("""
                update resumption_inspection_finding set state = 'OPEN', deadline = :deadline, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version and state = 'RECTIFIED'
                """).param("deadline", deadline).param("now", now()).param("id", id).param("version", version)
                .update() == 1;
    }

    void event(long findingId, String action, String text, LocalDate deadline, long userId, String userName) {
        db.sql("""
                insert into resumption_inspection_finding_event (finding_id, action, text, deadline, actor_id, actor_name,
                    created_at)
                values (:f, :action, :text, :deadline, :user, :name, :now)
                """).param("f", findingId).param("action", action).param("text", text).param("deadline", deadline)
                .param("user", userId).param("name", userName).param("now", now()).update();
    }

    /** Filters of the inspection list. */
    record Filter(String name, InspectionResult result, boolean overdueOnly) {
    }

    private static final String COUNTS = """
            , (select count(*) from resumption_inspection_finding f where f.inspection_id = i.id and f.state = 'OPEN') as n_open
            , (select count(*) from resumption_inspection_finding f where f.inspection_id = i.id and f.state = 'RECTIFIED') as n_rectified
            , (select count(*) from resumption_inspection_finding f where f.inspection_id = i.id and f.state = 'CLOSED') as n_closed
            , (select count(*) from resumption_inspection_finding f where f.inspection_id = i.id and f.state = 'OPEN'
                 and f.deadline < :today) as n_overdue
            """;

    /** Inspections within the scope, newest first; {@code limit} rows from {@code offset}. */
    List<InspectionRow> list(TenantScope scope, Filter filter, LocalDate today, int limit, int offset) {
        StringBuilder sql = new StringBuilder("""
                select i.id, i.enterprise_id, en.name as enterprise_name, i.inspected_on, i.inspectors, i.result
                """).append(COUNTS).append("""
                 from resumption_inspection i join enterprise en on en.id = i.enterprise_id
                where\s""").append(scope.sqlFilter("i."));
        if (filter.name() != null) {
            sql.append(" and lower(en.name) like :q escape '\\'");
        }
        if (filter.result() != null) {
            sql.append(" and i.result = :result");
        }
        if (filter.overdueOnly()) {
            sql.append(" and exists (select 1 from resumption_inspection_finding o where o.inspection_id = i.id"
                    + " and o.state = 'OPEN' and o.deadline < :today)");
        }
        sql.append(" order by i.inspected_on desc, i.id desc limit :limit offset :offset");
        var spec = scope.bind(db.sql(sql.toString())).param("today", today).param("limit", limit)
                .param("offset", offset);
        if (filter.name() != null) {
            spec = spec.param("q", "%" + likeEscape(filter.name().toLowerCase()) + "%");
        }
        if (filter.result() != null) {
            spec = spec.param("result", filter.result().name());
        }
        return spec.query((rs, n) -> new InspectionRow(rs.getLong("id"), rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getObject("inspected_on", LocalDate.class),
                rs.getString("inspectors"), InspectionResult.valueOf(rs.getString("result")), rs.getInt("n_open"),
                rs.getInt("n_rectified"), rs.getInt("n_closed"), rs.getInt("n_overdue"))).list();
    }

    /** Which findings the follow-up view lists. */
    enum Pending {
        /** OPEN or RECTIFIED */
        ALL,
        /** OPEN past the deadline */
        OVERDUE,
        /** RECTIFIED, waiting for the zone */
        RECTIFIED,
        /** OPEN, waiting for the enterprise */
        OPEN
    }

    /** Findings that still need action within the scope: overdue first, then by deadline. */
    List<FollowUpRow> pending(TenantScope scope, Pending which, LocalDate today, int limit, int offset) {
        String state = switch (which) {
            case ALL -> "f.state in ('OPEN', 'RECTIFIED')";
            case OVERDUE -> "f.state = 'OPEN' and f.deadline < :today";
            case RECTIFIED -> "f.state = 'RECTIFIED'";
            case OPEN -> "f.state = 'OPEN'";
        };
        return scope.bind(db.sql("select " + FINDING + """
                , i.inspected_on, en.name as enterprise_name
                from resumption_inspection_finding f join resumption_inspection i on i.id = f.inspection_id
                    join enterprise en on en.id = f.enterprise_id
                where\s""" + scope.sqlFilter("f.") + " and " + state + """
                 order by case when f.state = 'OPEN' and f.deadline < :today then 0 else 1 end, f.deadline, f.id
                limit :limit offset :offset
                """)).param("today", today).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new FollowUpRow(finding(rs, today), rs.getObject("inspected_on", LocalDate.class),
                        rs.getString("enterprise_name"))).list();
    }

    /** Counts of the scope's findings: open, of which overdue, and rectified (waiting for the zone). */
    public record PendingCounts(long open, long overdue, long rectified) {
    }

    PendingCounts pendingCounts(TenantScope scope, LocalDate today) {
        return scope.bind(db.sql("""
                select coalesce(sum(case when f.state = 'OPEN' then 1 else 0 end), 0),
                    coalesce(sum(case when f.state = 'OPEN' and f.deadline < :today then 1 else 0 end), 0),
                    coalesce(sum(case when f.state = 'RECTIFIED' then 1 else 0 end), 0)
                from resumption_inspection_finding f
                where f.state in ('OPEN', 'RECTIFIED') and\s""" + scope.sqlFilter("f."))).param("today", today)
                .query((rs, n) -> new PendingCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Inspection inspection(ResultSet rs, int n) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getLong("zone_id"), rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getObject("inspected_on", LocalDate.class),
                rs.getString("inspectors"), InspectionResult.valueOf(rs.getString("result")), rs.getString("notes"),
                rs.getString("created_by_name"), rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Finding finding(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        FindingState state = FindingState.valueOf(rs.getString("state"));
        return new Finding(rs.getLong("id"), rs.getLong("inspection_id"), rs.getLong("zone_id"),
                rs.getLong("enterprise_id"), rs.getInt("position"), rs.getString("item_code"),
                rs.getString("item_title"), rs.getString("description"), Severity.valueOf(rs.getString("severity")),
                deadline, state, rs.getString("rectification"), rs.getObject("rectified_at", OffsetDateTime.class),
                rs.getInt("version"), state == FindingState.OPEN && deadline != null && deadline.isBefore(today));
    }
}
