package gxq.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;

/** The app_user table. */
@Repository
class UserStore {

    private final JdbcClient db;

    UserStore(JdbcClient db) {
        this.db = db;
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    Optional<GxqUser> firstEnabled(Role role, long tenantId) {
        String tenant = role == Role.MINISTRY_ADMIN ? ""
                : role.isZoneLevel() || role == Role.SERVICE_PROVIDER ? " and zone_id = :t" : " and enterprise_id = :t";
        return first(role, tenant, tenantId);
    }

    Optional<GxqUser> firstEnabledInZone(Role role, long zoneId) {
        return first(role, " and zone_id = :t", zoneId);
    }

    List<Long> zonesWithEnabled(Role role, int limit) {
        return db.sql("select distinct zone_id from app_user where role = :r and enabled and zone_id is not null"
                + " order by zone_id limit :limit").param("r", role.name()).param("limit", limit).query(Long.class).list();
    }

    private Optional<GxqUser> first(Role role, String tenant, long tenantId) {
        Optional<GxqUser> user = db.sql("select * from app_user where role = :r and enabled" + tenant
                + " order by id limit 1").param("r", role.name()).param("t", tenantId).query(UserStore::principal)
                .optional();
        user.ifPresent(GxqUser::eraseCredentials);
        return user;
    }

    Optional<GxqUser> findByUsername(String username) {
        return db.sql("select * from app_user where username = :u").param("u", username)
                .query(UserStore::principal).optional();
    }

    Optional<UserRow> findRow(long id) {
        return db.sql(ROW_SELECT + " where u.id = :id").param("id", id).query(UserStore::row).optional();
    }

    List<UserRow> list(TenantScope scope, String q, int limit, int offset) {
        String where = " where " + scope.sqlFilter("u.");
        if (q != null && !q.isBlank()) {
            where += " and (u.username like :q or u.display_name like :q)";
        }
        var spec = db.sql(ROW_SELECT + where + " order by u.id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset);
        if (q != null && !q.isBlank()) {
            spec = spec.param("q", "%" + q.trim() + "%");
        }
        return scope.bind(spec).query(UserStore::row).list();
    }

    long count(TenantScope scope) {
        return scope.bind(db.sql("select count(*) from app_user u where " + scope.sqlFilter("u."))).query(Long.class).single();
    }

    long insert(String username, String hash, String displayName, Role role, Long zoneId, Long enterpriseId,
            Long employeeId, Long providerId, String phoneEnc, String phoneHash, String phoneMasked, boolean enabled, boolean mustChange) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = utc(Instant.now());
        db.sql("""
                insert into app_user (username, password_hash, display_name, role, zone_id, enterprise_id, employee_id,
                    provider_id, phone_enc, phone_hash, phone_masked, enabled, must_change_password, created_at, updated_at, password_changed_at)
                values (:username, :hash, :displayName, :role, :zoneId, :enterpriseId, :employeeId,
                    :providerId, :phoneEnc, :phoneHash, :phoneMasked, :enabled, :mustChange, :now, :now, :now)
                """)
                .param("username", username).param("hash", hash).param("displayName", displayName)
                .param("role", role.name()).param("zoneId", zoneId).param("enterpriseId", enterpriseId)
                .param("employeeId", employeeId).param("providerId", providerId).param("phoneEnc", phoneEnc).param("phoneHash", phoneHash)
                .param("phoneMasked", phoneMasked).param("enabled", enabled).param("mustChange", mustChange)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean usernameExists(String username) {
        return db.sql("select count(*) from app_user where lower(username) = lower(:u)").param("u", username)
                .query(Long.class).single() > 0;
    }

    /** Counts a failed login; locks the account once the limit is reached. */
    void recordFailure(String username, int maxFailures, Instant lockUntil) {
        db.sql("""
                update app_user set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                where username = :u
                """).param("max", maxFailures).param("until", utc(lockUntil)).param("u", username).update();
    }

    void recordSuccess(String username) {
        db.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = :now where username = :u")
                .param("now", utc(Instant.now())).param("u", username).update();
    }

    String passwordHash(long id) {
        return db.sql("select password_hash from app_user where id = :id").param("id", id).query(String.class).single();
    }

    void setPassword(long id, String hash, boolean mustChange) {
        db.sql("""
                update app_user set password_hash = :hash, must_change_password = :mustChange, password_changed_at = :now,
                    updated_at = :now, failed_attempts = 0, locked_until = null, version = version + 1 where id = :id
                """).param("hash", hash).param("mustChange", mustChange).param("now", utc(Instant.now()))
                .param("id", id).update();
    }

    void setEnabled(long id, boolean enabled) {
        db.sql("update app_user set enabled = :e, updated_at = :now, version = version + 1 where id = :id")
                .param("e", enabled).param("now", utc(Instant.now())).param("id", id).update();
    }

    void unlock(long id) {
        db.sql("update app_user set failed_attempts = 0, locked_until = null, updated_at = :now where id = :id")
                .param("now", utc(Instant.now())).param("id", id).update();
    }

    void setEnabledForEnterprise(long enterpriseId, boolean enabled) {
        db.sql("update app_user set enabled = :e, updated_at = :now where enterprise_id = :ent")
                .param("e", enabled).param("now", utc(Instant.now())).param("ent", enterpriseId).update();
    }

    Optional<Long> idOfEmployee(long employeeId) {
        return db.sql("select id from app_user where employee_id = :e").param("e", employeeId).query(Long.class).optional();
    }

    private static final String ROW_SELECT = """
            select u.id, u.username, u.display_name, u.role, u.zone_id, u.enterprise_id, u.employee_id, u.phone_masked,
                u.enabled, u.must_change_password, u.failed_attempts, u.locked_until, u.last_login_at, u.created_at,
                z.name as zone_name, e.name as enterprise_name
            from app_user u left join zone z on z.id = u.zone_id left join enterprise e on e.id = u.enterprise_id
            """;

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    private static GxqUser principal(ResultSet rs, int n) throws SQLException {
        return new GxqUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), longOrNull(rs, "zone_id"),
                longOrNull(rs, "enterprise_id"), longOrNull(rs, "employee_id"), longOrNull(rs, "provider_id"),
                rs.getBoolean("enabled"), instant(rs, "locked_until"), rs.getBoolean("must_change_password"));
    }

    private static UserRow row(ResultSet rs, int n) throws SQLException {
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), longOrNull(rs, "zone_id"), longOrNull(rs, "enterprise_id"),
                longOrNull(rs, "employee_id"), rs.getString("zone_name"), rs.getString("enterprise_name"),
                rs.getString("phone_masked"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getInt("failed_attempts"), instant(rs, "locked_until"), instant(rs, "last_login_at"),
                instant(rs, "created_at"));
    }

    /** An account as listed to admins (no password hash, phone masked). */
    record UserRow(long id, String username, String displayName, Role role, Long zoneId, Long enterpriseId,
            Long employeeId, String zoneName, String enterpriseName, String phoneMasked, boolean enabled,
            boolean mustChangePassword, int failedAttempts, Instant lockedUntil, Instant lastLoginAt, Instant createdAt) {

        public boolean locked() {
            return lockedUntil != null && lockedUntil.isAfter(Instant.now());
        }

        public TenantScope asScope() {
            return new TenantScope(id, role, zoneId, enterpriseId, employeeId);
        }
    }
}
