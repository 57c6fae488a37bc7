package gxq.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.TenantScope;

/** Writes audit lines in the caller's transaction, so a rolled-back change leaves no line behind. */
@Service
class JdbcAuditLog implements AuditLog {

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private final JdbcClient db;

    JdbcAuditLog(JdbcClient db) {
        this.db = db;
    }

    @Override
    public void record(AuditEntry entry) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        GxqUser actor = auth != null && auth.getPrincipal() instanceof GxqUser u ? u : null;
        recordAs(actor, actor == null ? null : actor.getUsername(), entry);
    }

    /** For events where the actor is not (yet) the authenticated principal, such as logins. */
    void recordAs(GxqUser actor, String actorName, AuditEntry e) {
        Long zone = e.zoneId() != null ? e.zoneId() : actor == null ? null : actor.zoneId();
        Long enterprise = e.enterpriseId() != null ? e.enterpriseId() : actor == null ? null : actor.enterpriseId();
        db.sql("""
                insert into audit_log (occurred_at, actor_id, actor_name, actor_role, zone_id, enterprise_id, action,
                    target_type, target_id, detail, ip, outcome)
                values (:at, :actorId, :actorName, :actorRole, :zone, :enterprise, :action, :targetType, :targetId,
                    :detail, :ip, :outcome)
                """)
                .param("at", UserStore.utc(Instant.now()))
                .param("actorId", actor == null ? null : actor.id())
                .param("actorName", truncate(actorName, 64))
                .param("actorRole", actor == null ? null : actor.role().name())
                .param("zone", zone).param("enterprise", enterprise)
                .param("action", e.action()).param("targetType", e.targetType()).param("targetId", e.targetId())
                .param("detail", truncate(e.detail(), 2000)).param("ip", clientAddress())
                .param("outcome", e.success() ? "OK" : "FAILED")
                .update();
    }

    List<AuditRow> search(TenantScope scope, AuditQuery q, int limit, int offset) {
        StringBuilder sql = new StringBuilder("select * from audit_log a where ").append(scope.sqlFilter("a."));
        if (q.action() != null && !q.action().isBlank()) sql.append(" and a.action = :action");
        if (q.actor() != null && !q.actor().isBlank()) sql.append(" and a.actor_name = :actor");
        if (q.from() != null) sql.append(" and a.occurred_at >= :from");
        if (q.to() != null) sql.append(" and a.occurred_at < :to");
        sql.append(" order by a.id desc limit :limit offset :offset");
        var spec = scope.bind(db.sql(sql.toString())).param("limit", limit).param("offset", offset);
        if (q.action() != null && !q.action().isBlank()) spec = spec.param("action", q.action());
        if (q.actor() != null && !q.actor().isBlank()) spec = spec.param("actor", q.actor().trim());
        if (q.from() != null) spec = spec.param("from", q.from().atStartOfDay(DISPLAY_ZONE).toOffsetDateTime());
        if (q.to() != null) spec = spec.param("to", q.to().plusDays(1).atStartOfDay(DISPLAY_ZONE).toOffsetDateTime());
        return spec.query(JdbcAuditLog::row).list();
    }

    List<String> actions(TenantScope scope) {
        return scope.bind(db.sql("select distinct action from audit_log a where " + scope.sqlFilter("a.") + " order by action"))
                .query(String.class).list();
    }

    private static AuditRow row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        return new AuditRow(rs.getLong("id"), at.toInstant(), rs.getString("actor_name"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"),
                rs.getString("ip"), rs.getString("outcome"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    record AuditQuery(String action, String actor, LocalDate from, LocalDate to) {
    }

    record AuditRow(long id, Instant occurredAt, String actorName, String actorRole, String action, String targetType,
            String targetId, String detail, String ip, String outcome) {
    }
}
