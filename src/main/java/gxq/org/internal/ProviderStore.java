package gxq.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.account.TenantScope;
import gxq.org.ProviderKind;

/** The service_provider table. Lists are scoped by zone; single rows are checked by the service. */
@Repository
class ProviderStore {

    private static final String SELECT = """
            select p.id, p.zone_id, z.name as zone_name, p.name, p.uscc, p.kind, p.created_at
            from service_provider p left join zone z on z.id = p.zone_id
            """;

    private final JdbcClient db;

    ProviderStore(JdbcClient db) {
        this.db = db;
    }

    /** Ministry: every row; zone roles: their zone's; everyone else: none. */
    static String scopeFilter(TenantScope scope) {
        if (scope.isMinistry()) {
            return "1=1";
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            return "p.zone_id = :scopeZone";
        }
        return "1=0";
    }

    Optional<ProviderRow> find(long id) {
        return db.sql(SELECT + " where p.id = :id").param("id", id).query(ProviderStore::row).optional();
    }

    List<ProviderRow> list(TenantScope scope, int limit, int offset) {
        return scope.bind(db.sql(SELECT + " where " + scopeFilter(scope)
                        + " order by p.id desc limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset).query(ProviderStore::row).list();
    }

    boolean usccTaken(String uscc) {
        return db.sql("select count(*) from service_provider where uscc = :u").param("u", uscc)
                .query(Long.class).single() > 0;
    }

    long insert(long zoneId, String name, String uscc, ProviderKind kind) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into service_provider (zone_id, name, uscc, kind, created_at)
                values (:zone, :name, :uscc, :kind, :now)
                """).param("zone", zoneId).param("name", name).param("uscc", uscc).param("kind", kind.name())
                .param("now", EnterpriseStore.now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<EnterpriseStore.AccountRow> accounts(long providerId) {
        return db.sql("""
                select id, username, display_name, role, enabled, last_login_at from app_user
                where provider_id = :p order by id
                """).param("p", providerId).query((rs, n) -> new EnterpriseStore.AccountRow(rs.getLong("id"),
                        rs.getString("username"), rs.getString("display_name"),
                        gxq.account.Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                        instant(rs, "last_login_at"))).list();
    }

    private static java.time.Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static ProviderRow row(ResultSet rs, int n) throws SQLException {
        long zone = rs.getLong("zone_id");
        Long zoneId = rs.wasNull() ? null : zone;
        return new ProviderRow(rs.getLong("id"), zoneId, rs.getString("zone_name"), rs.getString("name"),
                rs.getString("uscc"), ProviderKind.parse(rs.getString("kind")), instant(rs, "created_at"));
    }
}
