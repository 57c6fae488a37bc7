package gxq.needs.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.needs.NeedCategory;

/**
 * SQL of cases, their thread and files. Callers check the scope ({@link CaseService}); lists take the scope's condition
 * as built by the service. Reads the names of enterprises, zones and zone accounts by read-only joins.
 */
@Repository
class CaseStore {

    private static final String SELECT = """
            select c.*, e.name as enterprise_name, z.short_name as zone_name, fz.short_name as from_zone_name
            from need_case c
            left join enterprise e on e.id = c.enterprise_id
            join zone z on z.id = c.zone_id
            left join zone fz on fz.id = c.from_zone_id
            """;

    private final JdbcClient db;

    CaseStore(JdbcClient db) {
        this.db = db;
    }

    record NewCase(long zoneId, Long enterpriseId, Long fromZoneId, NeedCategory category, Urgency urgency,
            String title, String details, OffsetDateTime dueAt, long raisedBy, OffsetDateTime at) {
    }

    long insert(NewCase c) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into need_case (zone_id, enterprise_id, from_zone_id, category, urgency, title, details, state,
                    due_at, raised_by, raised_at, solved_by_ministry, reopen_count, updated_at, version)
                values (:zone, :ent, :fromZone, :category, :urgency, :title, :details, 'NEW', :due, :by, :at, false, 0,
                    :at, 0)
                """).param("zone", c.zoneId()).param("ent", c.enterpriseId()).param("fromZone", c.fromZoneId())
                .param("category", c.category().name()).param("urgency", c.urgency().name()).param("title", c.title())
                .param("details", c.details()).param("due", c.dueAt()).param("by", c.raisedBy()).param("at", c.at())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<NeedCase> find(long id) {
        return db.sql(SELECT + " where c.id = :id").param("id", id).query(CaseStore::row).optional();
    }

    /**
     * The version- and state-checked change of a case: sets {@code columns} (and state, version + 1, updated_at) only
     * if the case still has {@code version} and one of {@code from}. False when it did not (someone acted first).
     */
    boolean transition(long id, int version, List<CaseState> from, CaseState to, Map<String, Object> columns,
            OffsetDateTime at) {
        StringBuilder sql = new StringBuilder("update need_case set state = :to, version = version + 1, updated_at = :at");
        Map<String, Object> params = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            if (!e.getKey().matches("[a-z_]+")) {
                throw new IllegalArgumentException(e.getKey());
            }
            String p = "p" + i++;
            sql.append(", ").append(e.getKey()).append(" = :").append(p);
            params.put(p, e.getValue());
        }
        sql.append(" where id = :id and version = :version and state in (:from)");
        var spec = db.sql(sql.toString()).param("to", to.name()).param("at", at).param("id", id)
                .param("version", version).param("from", from.stream().map(Enum::name).toList());
        for (Map.Entry<String, Object> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.update() == 1;
    }

    long entry(long caseId, Side side, long actorId, String actorName, Long actorZone, CaseState from, CaseState to,
            String body, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into need_case_entry (case_id, side, actor_id, actor_name, actor_zone_id, from_state, to_state,
                    body, created_at)
                values (:c, :side, :actor, :name, :zone, :from, :to, :body, :at)
                """).param("c", caseId).param("side", side.name()).param("actor", actorId)
                .param("name", actorName.length() > 100 ? actorName.substring(0, 100) : actorName)
                .param("zone", actorZone).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("body", body).param("at", at).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Entry> thread(long caseId) {
        Map<Long, List<CaseFile>> files = new LinkedHashMap<>();
        for (CaseFile f : files(caseId)) {
            files.computeIfAbsent(f.entryId(), k -> new ArrayList<>()).add(f);
        }
        return db.sql("select * from need_case_entry where case_id = :c order by id").param("c", caseId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("case_id"), Side.valueOf(rs.getString("side")),
                        rs.getLong("actor_id"), rs.getString("actor_name"), rs.getString("from_state"),
                        rs.getString("to_state"), rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class),
                        List.of()))
                .list().stream().map(e -> e.withFiles(files.getOrDefault(e.id(), List.of()))).toList();
    }

    long attach(long caseId, long entryId, String name, String contentType, byte[] content, long by, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into need_case_file (case_id, entry_id, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at)
                values (:c, :e, :name, :type, :size, :content, :by, :at)
                """).param("c", caseId).param("e", entryId).param("name", name).param("type", contentType)
                .param("size", content.length).param("content", content).param("by", by).param("at", at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<CaseFile> files(long caseId) {
        return db.sql("""
                select id, case_id, entry_id, file_name, content_type, size_bytes from need_case_file
                where case_id = :c order by id
                """).param("c", caseId).query((rs, n) -> new CaseFile(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getLong("entry_id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getInt("size_bytes"))).list();
    }

    Optional<CaseFile> file(long id) {
        return db.sql("""
                select id, case_id, entry_id, file_name, content_type, size_bytes from need_case_file where id = :id
                """).param("id", id).query((rs, n) -> new CaseFile(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getLong("entry_id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getInt("size_bytes"))).optional();
    }

    byte[] content(long fileId) {
        return db.sql("select content from need_case_file where id = :id").param("id", fileId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /** A page of cases matching {@code where} (built by the service from the scope and the filters). */
    List<NeedCase> list(String where, Map<String, Object> params, String order, int limit, int offset) {
        var spec = db.sql(SELECT + " where " + where + " order by " + order + " limit :limit offset :offset")
                .param("limit", limit).param("offset", offset);
        for (Map.Entry<String, Object> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(CaseStore::row).list();
    }

    long count(String where, Map<String, Object> params) {
        var spec = db.sql("select count(*) from need_case c where " + where);
        for (Map.Entry<String, Object> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(Long.class).single();
    }

    /** A zone's accounts a case may be assigned to: enabled zone staff and zone admins (read-only join). */
    List<Assignee> assignees(long zoneId) {
        return db.sql("""
                select id, display_name from app_user
                where zone_id = :z and role in ('ZONE_STAFF', 'ZONE_ADMIN') and enabled order by display_name, id
                """).param("z", zoneId).query((rs, n) -> new Assignee(rs.getLong(1), rs.getString(2))).list();
    }

    /** An account's display name (read-only join), "#id" if there is none. */
    String userName(long userId) {
        return db.sql("select display_name from app_user where id = :id").param("id", userId).query(String.class)
                .optional().orElse("#" + userId);
    }

    record Assignee(long id, String name) {
    }

    /** What the statistics need of a case. */
    record StatRow(long zoneId, NeedCategory category, CaseState state, OffsetDateTime raisedAt,
            OffsetDateTime solvedAt, OffsetDateTime escalatedAt, OffsetDateTime confirmedAt, Integer rating,
            OffsetDateTime dueAt) {
    }

    /** Cases (of one zone, or of all when {@code zoneId} is null) raised, solved or confirmed in [from, to). */
    List<StatRow> statRows(Long zoneId, OffsetDateTime from, OffsetDateTime to) {
        return db.sql("""
                select zone_id, category, state, raised_at, solved_at, escalated_at, confirmed_at, rating, due_at
                from need_case
                where (:zone = -1 or zone_id = :zone)
                  and ((raised_at >= :from and raised_at < :to) or (solved_at >= :from and solved_at < :to)
                       or (confirmed_at >= :from and confirmed_at < :to))
                """).param("zone", zoneId == null ? -1L : zoneId).param("from", from).param("to", to)
                .query((rs, n) -> new StatRow(rs.getLong("zone_id"), NeedCategory.valueOf(rs.getString("category")),
                        CaseState.valueOf(rs.getString("state")), ts(rs, "raised_at"), ts(rs, "solved_at"),
                        ts(rs, "escalated_at"), ts(rs, "confirmed_at"), (Integer) rs.getObject("rating", Integer.class),
                        ts(rs, "due_at")))
                .list();
    }

    /** Short names of zones by id. */
    Map<Long, String> zoneNames(List<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        db.sql("select id, short_name from zone where id in (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    private static OffsetDateTime ts(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, OffsetDateTime.class);
    }

    private static NeedCase row(ResultSet rs, int n) throws SQLException {
        return new NeedCase(rs.getLong("id"), rs.getLong("zone_id"), (Long) rs.getObject("enterprise_id", Long.class),
                (Long) rs.getObject("from_zone_id", Long.class), NeedCategory.valueOf(rs.getString("category")),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("title"), rs.getString("details"),
                CaseState.valueOf(rs.getString("state")), rs.getString("department"),
                (Long) rs.getObject("assignee_id", Long.class), rs.getString("assignee_name"), ts(rs, "due_at"),
                rs.getLong("raised_by"), ts(rs, "raised_at"), ts(rs, "accepted_at"), ts(rs, "solved_at"),
                rs.getBoolean("solved_by_ministry"), rs.getString("solution"), ts(rs, "escalated_at"),
                rs.getString("escalation_reason"), ts(rs, "confirmed_at"), (Integer) rs.getObject("rating", Integer.class),
                rs.getString("rating_comment"), rs.getInt("reopen_count"), ts(rs, "updated_at"), rs.getInt("version"),
                rs.getString("enterprise_name"), rs.getString("zone_name"), rs.getString("from_zone_name"));
    }
}
