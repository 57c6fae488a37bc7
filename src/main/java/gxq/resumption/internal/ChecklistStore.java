package gxq.resumption.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The resumption_checklist_item table; {@link ChecklistService} decides who may see or write a row. */
@Repository
class ChecklistStore {

    private static final String SELECT = """
            select id, zone_id, code, title, guidance, evidence_required, position, retired_at, version
            from resumption_checklist_item
            """;

    private final JdbcClient db;

    ChecklistStore(JdbcClient db) {
        this.db = db;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** National items, then the zone's (none when {@code zoneId} is null); retired ones only when asked. */
    List<ChecklistRow> list(Long zoneId, boolean withRetired) {
        String where = zoneId == null ? " where zone_id is null" : " where (zone_id is null or zone_id = :zone)";
        if (!withRetired) {
            where += " and retired_at is null";
        }
        var spec = db.sql(SELECT + where + " order by case when zone_id is null then 0 else 1 end, position, id");
        if (zoneId != null) {
            spec = spec.param("zone", zoneId);
        }
        return spec.query(ChecklistStore::row).list();
    }

    Optional<ChecklistRow> find(long id) {
        return db.sql(SELECT + " where id = :id").param("id", id).query(ChecklistStore::row).optional();
    }

    int countActiveZoneItems(long zoneId) {
        return db.sql("select count(*) from resumption_checklist_item where zone_id = :zone and retired_at is null")
                .param("zone", zoneId).query(Integer.class).single();
    }

    long insert(long zoneId, String title, String guidance, boolean evidence, long userId) {
        int position = db.sql("select coalesce(max(position), 0) + 1 from resumption_checklist_item where zone_id = :zone")
                .param("zone", zoneId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into resumption_checklist_item (zone_id, code, title, guidance, evidence_required, position,
                    created_by, created_at, updated_at, version)
                values (:zone, 'Z', :title, :guidance, :evidence, :pos, :user, :now, :now, 0)
                """).param("zone", zoneId).param("title", title).param("guidance", guidance).param("evidence", evidence)
                .param("pos", position).param("user", userId).param("now", now()).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        db.sql("update resumption_checklist_item set code = :code where id = :id").param("code", "Z" + id)
                .param("id", id).update();
        return id;
    }

    boolean update(long id, int version, String title, String guidance, boolean evidence) {
        return db.sql("""
                update resumption_checklist_item set title = :title, guidance = :guidance, evidence_required = :evidence,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version and retired_at is null
                """).param("title", title).param("guidance", guidance).param("evidence", evidence).param("now", now())
                .param("id", id).param("version", version).update() == 1;
    }

    boolean retire(long id, int version) {
        return db.sql("""
                update resumption_checklist_item set retired_at = :now, updated_at = :now, version = version + 1
                where id = :id and version = :version and retired_at is null
                """).param("now", now()).param("id", id).param("version", version).update() == 1;
    }

    private static ChecklistRow row(ResultSet rs, int n) throws SQLException {
        long zone = rs.getLong("zone_id");
        Long zoneId = rs.wasNull() ? null : zone;
        return new ChecklistRow(rs.getLong("id"), zoneId, rs.getString("code"), rs.getString("title"),
                rs.getString("guidance"), rs.getBoolean("evidence_required"), rs.getInt("position"),
                rs.getObject("retired_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
