package gxq.region.internal;

import java.sql.Date;
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

import gxq.region.RiskLevel;

/** The city_risk table. Which rows a caller may see or write is decided by {@link RiskService}. */
@Repository
class RiskStore {

    private static final String SELECT = """
            select r.id, r.city_code, c.name as city_name, p.name as province_name, r.zone_id, z.name as zone_name,
                   r.level, r.valid_from, r.valid_to, r.note, r.version
            from city_risk r join region c on c.code = r.city_code left join region p on p.code = c.parent_code
                 left join zone z on z.id = r.zone_id
            """;

    private final JdbcClient db;

    RiskStore(JdbcClient db) {
        this.db = db;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Entries of one origin set: {@code zoneId} and national ones when {@code withNational}, only national ones when
     * {@code zoneId} is null. Optionally only one level and only entries in force on {@code day}.
     */
    List<RiskRow> list(Long zoneId, boolean withNational, RiskLevel level, LocalDate inForceOn, int limit, int offset) {
        StringBuilder where = new StringBuilder(" where ");
        if (zoneId == null) {
            where.append("r.zone_id is null");
        } else if (withNational) {
            where.append("(r.zone_id = :zone or r.zone_id is null)");
        } else {
            where.append("r.zone_id = :zone");
        }
        if (level != null) {
            where.append(" and r.level = :level");
        }
        if (inForceOn != null) {
            where.append(" and r.valid_from <= :day and (r.valid_to is null or r.valid_to >= :day)");
        }
        var spec = db.sql(SELECT + where + " order by r.valid_from desc, r.id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset);
        if (zoneId != null) {
            spec = spec.param("zone", zoneId);
        }
        if (level != null) {
            spec = spec.param("level", level.name());
        }
        if (inForceOn != null) {
            spec = spec.param("day", inForceOn);
        }
        return spec.query(RiskStore::row).list();
    }

    Optional<RiskRow> find(long id) {
        return db.sql(SELECT + " where r.id = :id").param("id", id).query(RiskStore::row).optional();
    }

    long insert(Long zoneId, String city, RiskLevel level, LocalDate from, LocalDate to, String note, long userId) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into city_risk (city_code, zone_id, level, valid_from, valid_to, note, created_by, created_at,
                    updated_at, version)
                values (:city, :zone, :level, :from, :to, :note, :user, :now, :now, 0)
                """).param("city", city).param("zone", zoneId).param("level", level.name()).param("from", from)
                .param("to", to).param("note", note).param("user", userId).param("now", now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Writes the entry if it still has {@code version}; false when someone saved in between. */
    boolean update(long id, int version, String city, RiskLevel level, LocalDate from, LocalDate to, String note) {
        return db.sql("""
                update city_risk set city_code = :city, level = :level, valid_from = :from, valid_to = :to, note = :note,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version
                """).param("city", city).param("level", level.name()).param("from", from).param("to", to)
                .param("note", note).param("now", now()).param("id", id).param("version", version).update() == 1;
    }

    boolean delete(long id, int version) {
        return db.sql("delete from city_risk where id = :id and version = :version").param("id", id)
                .param("version", version).update() == 1;
    }

    List<ZoneOption> zones() {
        return db.sql("select id, name from zone order by id").query(ZoneOption.class).list();
    }

    Optional<String> zoneName(long zoneId) {
        return db.sql("select name from zone where id = :id").param("id", zoneId).query(String.class).optional();
    }

    public record ZoneOption(long id, String name) {
    }

    private static RiskRow row(ResultSet rs, int n) throws SQLException {
        long zone = rs.getLong("zone_id");
        Long zoneId = rs.wasNull() ? null : zone;
        Date to = rs.getDate("valid_to");
        return new RiskRow(rs.getLong("id"), rs.getString("city_code"), rs.getString("city_name"),
                rs.getString("province_name"), zoneId, rs.getString("zone_name"), RiskLevel.valueOf(rs.getString("level")),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString("note"),
                rs.getInt("version"));
    }
}
