package gxq.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.org.EnterpriseStatus;
import gxq.org.Industry;
import gxq.org.SizeBand;

/** The enterprise table. Lists are scoped with {@link #scopeFilter}; single rows are checked by the service. */
@Repository
class EnterpriseStore {

    private static final String SELECT = """
            select e.id, e.zone_id, z.name as zone_name, e.name, e.uscc, e.industry, e.size_band, e.above_scale,
                e.high_tech, e.tech_sme, e.address, e.contact_name, e.contact_phone_masked, e.staff_count, e.status,
                e.review_note, e.self_registered, e.reviewed_at, e.created_at, e.updated_at, e.version
            from enterprise e join zone z on z.id = e.zone_id
            """;

    private final JdbcClient db;

    EnterpriseStore(JdbcClient db) {
        this.db = db;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * The rows of the enterprise table a scope may see. {@link TenantScope#sqlFilter} expects an
     * {@code enterprise_id} column, which this table (whose own key is {@code id}) has not, hence this variant with
     * the same parameters (bind with {@link TenantScope#bind}).
     */
    static String scopeFilter(TenantScope scope) {
        if (scope.isMinistry()) {
            return "1=1";
        }
        if (scope.isZoneLevel()) {
            return scope.zoneId() == null ? "1=0" : "e.zone_id = :scopeZone";
        }
        if (scope.role() == Role.ENTERPRISE_ADMIN) {
            return scope.enterpriseId() == null ? "1=0" : "e.id = :scopeEnterprise";
        }
        return "1=0";
    }

    Optional<EnterpriseRow> find(long id) {
        return db.sql(SELECT + " where e.id = :id").param("id", id).query(EnterpriseStore::row).optional();
    }

    record Query(Long zoneId, EnterpriseStatus status, String q) {
    }

    List<EnterpriseRow> list(TenantScope scope, Query query, int limit, int offset) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(scopeFilter(scope));
        appendQuery(sql, query);
        sql.append(" order by e.id desc limit :limit offset :offset");
        var spec = bindQuery(scope.bind(db.sql(sql.toString())), query).param("limit", limit).param("offset", offset);
        return spec.query(EnterpriseStore::row).list();
    }

    /** Counts by status within the scope, optionally in one zone. Every status is present (0 when none). */
    Map<EnterpriseStatus, Long> countByStatus(TenantScope scope, Long zoneId) {
        StringBuilder sql = new StringBuilder("select e.status, count(*) as n from enterprise e where ")
                .append(scopeFilter(scope));
        if (zoneId != null) {
            sql.append(" and e.zone_id = :zone");
        }
        sql.append(" group by e.status");
        var spec = scope.bind(db.sql(sql.toString()));
        if (zoneId != null) {
            spec = spec.param("zone", zoneId);
        }
        Map<EnterpriseStatus, Long> counts = new EnumMap<>(EnterpriseStatus.class);
        for (EnterpriseStatus s : EnterpriseStatus.values()) {
            counts.put(s, 0L);
        }
        spec.query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list()
                .forEach(e -> counts.put(EnterpriseStatus.valueOf(e.getKey()), e.getValue()));
        return counts;
    }

    /** ACTIVE enterprises of a zone by size band, for the zone page. */
    Map<SizeBand, Long> activeBySize(long zoneId) {
        Map<SizeBand, Long> counts = new EnumMap<>(SizeBand.class);
        db.sql("select size_band, count(*) as n from enterprise where zone_id = :z and status = 'ACTIVE' group by size_band")
                .param("z", zoneId).query((rs, n) -> Map.entry(String.valueOf(rs.getString("size_band")), rs.getLong("n")))
                .list().forEach(e -> {
                    SizeBand b = SizeBand.parse(e.getKey());
                    if (b != null) {
                        counts.put(b, e.getValue());
                    }
                });
        return counts;
    }

    long countFlag(long zoneId, String flagColumn) {
        if (!List.of("above_scale", "high_tech", "tech_sme").contains(flagColumn)) {
            throw new IllegalArgumentException(flagColumn);
        }
        return db.sql("select count(*) from enterprise where zone_id = :z and status = 'ACTIVE' and " + flagColumn + " = true")
                .param("z", zoneId).query(Long.class).single();
    }

    List<EnterpriseRow> activeInZone(long zoneId) {
        return db.sql(SELECT + " where e.zone_id = :z and e.status = 'ACTIVE' order by e.name")
                .param("z", zoneId).query(EnterpriseStore::row).list();
    }

    long count(long zoneId, EnterpriseStatus status) {
        return db.sql("select count(*) from enterprise where zone_id = :z and status = :s")
                .param("z", zoneId).param("s", status.name()).query(Long.class).single();
    }

    boolean inZone(long enterpriseId, long zoneId) {
        return db.sql("select count(*) from enterprise where id = :id and zone_id = :z")
                .param("id", enterpriseId).param("z", zoneId).query(Long.class).single() > 0;
    }

    /** Whether another enterprise (not {@code exceptId}) already has this code. */
    boolean usccTaken(String uscc, Long exceptId) {
        return db.sql("select count(*) from enterprise where uscc = :u and id <> :id")
                .param("u", uscc).param("id", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** The stored phone in its three forms (encrypted, lookup hash, masked). */
    record Phone(String enc, String hash, String masked) {
    }

    long insert(long zoneId, EnterpriseData d, Phone phone, EnterpriseStatus status, boolean selfRegistered) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        db.sql("""
                insert into enterprise (zone_id, uscc, name, industry, size_band, above_scale, high_tech, tech_sme,
                    address, contact_name, contact_phone_enc, contact_phone_hash, contact_phone_masked, staff_count,
                    status, self_registered, created_at, updated_at, version)
                values (:zone, :uscc, :name, :industry, :size, :aboveScale, :highTech, :techSme, :address, :contactName,
                    :phoneEnc, :phoneHash, :phoneMasked, :staff, :status, :self, :now, :now, 0)
                """)
                .param("zone", zoneId).param("uscc", d.uscc()).param("name", d.name())
                .param("industry", d.industry().name()).param("size", d.sizeBand().name())
                .param("aboveScale", d.aboveScale()).param("highTech", d.highTech()).param("techSme", d.techSme())
                .param("address", d.address()).param("contactName", d.contactName())
                .param("phoneEnc", phone.enc()).param("phoneHash", phone.hash()).param("phoneMasked", phone.masked())
                .param("staff", d.staffCount()).param("status", status.name()).param("self", selfRegistered)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Updates if the row still has {@code version}; false when someone else changed it meanwhile. */
    boolean update(long id, int version, EnterpriseData d, Phone phoneOrNull) {
        String phoneSet = phoneOrNull == null ? ""
                : ", contact_phone_enc = :phoneEnc, contact_phone_hash = :phoneHash, contact_phone_masked = :phoneMasked";
        var spec = db.sql("""
                update enterprise set uscc = :uscc, name = :name, industry = :industry, size_band = :size,
                    above_scale = :aboveScale, high_tech = :highTech, tech_sme = :techSme, address = :address,
                    contact_name = :contactName, staff_count = :staff, updated_at = :now, version = version + 1
                """ + phoneSet + " where id = :id and version = :version")
                .param("uscc", d.uscc()).param("name", d.name())
                .param("industry", d.industry().name()).param("size", d.sizeBand().name())
                .param("aboveScale", d.aboveScale()).param("highTech", d.highTech()).param("techSme", d.techSme())
                .param("address", d.address()).param("contactName", d.contactName()).param("staff", d.staffCount())
                .param("now", now()).param("id", id).param("version", version);
        if (phoneOrNull != null) {
            spec = spec.param("phoneEnc", phoneOrNull.enc()).param("phoneHash", phoneOrNull.hash())
                    .param("phoneMasked", phoneOrNull.masked());
        }
        return spec.update() == 1;
    }

    /** Moves a PENDING enterprise to {@code to}; false when it is no longer pending. */
    boolean decide(long id, EnterpriseStatus to, String note, long reviewerId) {
        OffsetDateTime now = now();
        return db.sql("""
                update enterprise set status = :to, review_note = :note, reviewed_at = :now, reviewed_by = :by,
                    updated_at = :now, version = version + 1
                where id = :id and status = 'PENDING'
                """).param("to", to.name()).param("note", note).param("now", now).param("by", reviewerId)
                .param("id", id).update() == 1;
    }

    /** An account as listed on zone and enterprise pages (read-only; the account module owns the table). */
    record AccountRow(long id, String username, String displayName, Role role, boolean enabled, Instant lastLoginAt) {
    }

    List<AccountRow> accountsOfEnterprise(long enterpriseId) {
        return db.sql("""
                select id, username, display_name, role, enabled, last_login_at from app_user
                where enterprise_id = :e order by role, id
                """).param("e", enterpriseId).query(EnterpriseStore::account).list();
    }

    List<AccountRow> zoneAccounts(long zoneId) {
        return db.sql("""
                select id, username, display_name, role, enabled, last_login_at from app_user
                where zone_id = :z and enterprise_id is null and role in ('ZONE_ADMIN', 'ZONE_STAFF') order by role, id
                """).param("z", zoneId).query(EnterpriseStore::account).list();
    }

    private static void appendQuery(StringBuilder sql, Query q) {
        if (q.zoneId() != null) {
            sql.append(" and e.zone_id = :zone");
        }
        if (q.status() != null) {
            sql.append(" and e.status = :status");
        }
        if (q.q() != null && !q.q().isBlank()) {
            sql.append(" and (lower(e.name) like :q escape '\\' or e.uscc = :uscc)");
        }
    }

    private static JdbcClient.StatementSpec bindQuery(JdbcClient.StatementSpec spec, Query q) {
        if (q.zoneId() != null) {
            spec = spec.param("zone", q.zoneId());
        }
        if (q.status() != null) {
            spec = spec.param("status", q.status().name());
        }
        if (q.q() != null && !q.q().isBlank()) {
            String term = q.q().strip();
            spec = spec.param("q", "%" + likeEscape(term.toLowerCase()) + "%").param("uscc", term.toUpperCase());
        }
        return spec;
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static EnterpriseRow row(ResultSet rs, int n) throws SQLException {
        int staff = rs.getInt("staff_count");
        Integer staffCount = rs.wasNull() ? null : staff;
        return new EnterpriseRow(rs.getLong("id"), rs.getLong("zone_id"), rs.getString("zone_name"),
                rs.getString("name"), rs.getString("uscc"), Industry.parse(rs.getString("industry")),
                SizeBand.parse(rs.getString("size_band")), rs.getBoolean("above_scale"), rs.getBoolean("high_tech"),
                rs.getBoolean("tech_sme"), rs.getString("address"), rs.getString("contact_name"),
                rs.getString("contact_phone_masked"), staffCount, EnterpriseStatus.valueOf(rs.getString("status")),
                rs.getString("review_note"), rs.getBoolean("self_registered"), instant(rs, "reviewed_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
    }

    private static AccountRow account(ResultSet rs, int n) throws SQLException {
        return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), instant(rs, "last_login_at"));
    }
}
