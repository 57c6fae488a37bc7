package gxq.health.zone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import gxq.account.TenantScope;

/**
 * {@code health_alert} as the zone reads it. Lists are scoped in SQL with the caller's {@link TenantScope}; the only
 * write is the conditional acknowledgement, which never overwrites an earlier one.
 */
@Repository
class AlertStore {

    private static final String SELECT = """
            select a.id, a.employee_id, a.enterprise_id, a.zone_id, a.kind, a.colour, a.detail, a.raised_at,
                   a.acknowledged_by, a.acknowledged_at, e.name as employee_name, n.name as enterprise_name,
                   u.display_name as acknowledged_by_name
            """;
    private static final String NAMES = """
            join employee e on e.id = a.employee_id
            left join enterprise n on n.id = a.enterprise_id
            left join app_user u on u.id = a.acknowledged_by
            """;
    private static final String COLUMNS = SELECT + " from health_alert a " + NAMES;

    private final JdbcClient db;
    private final Clock clock;

    AlertStore(JdbcClient db, @Qualifier("healthClock") Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A page of the scope's alerts matching the query, newest first; {@code limit} rows at most. */
    List<AlertRow> list(TenantScope scope, AlertQuery q, int limit, int offset) {
        // the page of alerts first (health_alert indexes only), then the names of just those rows
        StringBuilder sql = new StringBuilder("select * from health_alert a where ").append(scope.sqlFilter("a."));
        switch (q.state()) {
            case OPEN -> sql.append(" and a.acknowledged_at is null");
            case ACKNOWLEDGED -> sql.append(" and a.acknowledged_at is not null");
            default -> { }
        }
        var from = q.fromInstant(clock.getZone());
        var to = q.toExclusive(clock.getZone());
        if (q.kind() != null) {
            sql.append(" and a.kind = :kind");
        }
        if (q.enterpriseId() != null) {
            sql.append(" and a.enterprise_id = :ent");
        }
        if (from != null) {
            sql.append(" and a.raised_at >= :from");
        }
        if (to != null) {
            sql.append(" and a.raised_at < :to");
        }
        sql.append(" order by a.raised_at desc, a.id desc limit :limit offset :offset");
        String paged = SELECT + " from (" + sql + ") a " + NAMES + " order by a.raised_at desc, a.id desc";
        var spec = scope.bind(db.sql(paged)).param("limit", limit).param("offset", offset);
        if (q.kind() != null) {
            spec = spec.param("kind", q.kind().name());
        }
        if (q.enterpriseId() != null) {
            spec = spec.param("ent", q.enterpriseId());
        }
        if (from != null) {
            spec = spec.param("from", from);
        }
        if (to != null) {
            spec = spec.param("to", to);
        }
        return spec.query(AlertStore::row).list();
    }

    /** The alert with this id, whatever the scope (the caller checks it). */
    Optional<AlertRow> find(long id) {
        return db.sql(COLUMNS + " where a.id = :id").param("id", id).query(AlertStore::row)
                .optional();
    }

    /** Alerts not yet acknowledged within the scope (optionally one zone of the ministry's). */
    long countOpen(TenantScope scope) {
        return scope.bind(db.sql("select count(*) from health_alert a where a.acknowledged_at is null and "
                + scope.sqlFilter("a."))).query(Long.class).single();
    }

    /**
     * Marks the alert acknowledged by {@code userId} unless it already is: {@code true} when this call did it. Two
     * concurrent calls cannot both succeed — the second waits for the first's row lock, then finds the condition false.
     */
    boolean acknowledge(long id, long userId) {
        return db.sql("""
                update health_alert set acknowledged_by = :user, acknowledged_at = :now
                where id = :id and acknowledged_at is null
                """).param("user", userId).param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("id", id).update() == 1;
    }

    private static AlertRow row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime raised = rs.getObject("raised_at", OffsetDateTime.class);
        OffsetDateTime acked = rs.getObject("acknowledged_at", OffsetDateTime.class);
        long by = rs.getLong("acknowledged_by");
        Long ackBy = rs.wasNull() ? null : by;
        return new AlertRow(rs.getLong("id"), rs.getLong("employee_id"), rs.getLong("enterprise_id"),
                rs.getLong("zone_id"), rs.getString("employee_name"), rs.getString("enterprise_name"),
                rs.getString("kind"), rs.getString("colour"), rs.getString("detail"),
                raised == null ? null : raised.toInstant(), ackBy,
                rs.getString("acknowledged_by_name"), acked == null ? null : acked.toInstant());
    }
}
