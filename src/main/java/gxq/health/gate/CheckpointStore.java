package gxq.health.gate;

import gxq.account.TenantScope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checkpoints and their devices. Lists are scoped in SQL with the caller's {@link TenantScope}. */
@Repository
class CheckpointStore {

    private static final String SELECT = """
            select c.id, c.zone_id, c.enterprise_id, c.name, c.location, c.active, e.name as enterprise_name
            from checkpoint c left join enterprise e on e.id = c.enterprise_id
            """;
    private static final RowMapper<Checkpoint> ROW = (rs, n) -> new Checkpoint(rs.getLong("id"), rs.getLong("zone_id"),
            (Long) rs.getObject("enterprise_id", Long.class), rs.getString("name"), rs.getString("location"),
            rs.getBoolean("active"), rs.getString("enterprise_name"));
    private static final RowMapper<GateDevice> DEVICE = (rs, n) -> new GateDevice(rs.getLong("id"),
            rs.getLong("checkpoint_id"), rs.getString("app_id"), rs.getString("name"), rs.getBoolean("active"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_seen_at", OffsetDateTime.class));

    private final JdbcClient db;

    CheckpointStore(JdbcClient db) {
        this.db = db;
    }

    Optional<Checkpoint> find(long id) {
        return db.sql(SELECT + " where c.id = :id").param("id", id).query(ROW).optional();
    }

    /** The checkpoints the scope may see (zone roles: the zone's; enterprise admin: its own). */
    List<Checkpoint> list(TenantScope scope) {
        return scope.bind(db.sql(SELECT + " where " + scope.sqlFilter("c.") + " order by c.active desc, c.name, c.id"))
                .query(ROW).list();
    }

    /** Active checkpoints of the zone, for the guard page (filtered further by {@link Checkpoint#usableBy}). */
    List<Checkpoint> activeInZone(long zoneId) {
        return db.sql(SELECT + " where c.zone_id = :zone and c.active = true order by c.name, c.id").param("zone", zoneId)
                .query(ROW).list();
    }

    long insert(long zoneId, Long enterpriseId, String name, String location) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into checkpoint (zone_id, enterprise_id, name, location, active, created_at)
                values (:zone, :ent, :name, :loc, true, :now)""").param("zone", zoneId).param("ent", enterpriseId)
                .param("name", name).param("loc", location).param("now", now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void setActive(long id, boolean active) {
        db.sql("update checkpoint set active = :a where id = :id").param("a", active).param("id", id).update();
    }

    List<GateDevice> devices(long checkpointId) {
        return db.sql("select * from gate_device where checkpoint_id = :c order by active desc, id").param("c", checkpointId)
                .query(DEVICE).list();
    }

    long insertDevice(long checkpointId, String appId, String secretEnc, String name) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into gate_device (checkpoint_id, app_id, secret_enc, name, active, created_at)
                values (:c, :app, :secret, :name, true, :now)""").param("c", checkpointId).param("app", appId)
                .param("secret", secretEnc).param("name", name).param("now", now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<GateDevice> device(long checkpointId, long deviceId) {
        return db.sql("select * from gate_device where id = :id and checkpoint_id = :c").param("id", deviceId)
                .param("c", checkpointId).query(DEVICE).optional();
    }

    void deactivateDevice(long deviceId) {
        db.sql("update gate_device set active = false where id = :id").param("id", deviceId).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
