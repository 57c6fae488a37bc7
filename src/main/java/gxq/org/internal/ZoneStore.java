package gxq.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import gxq.org.ZoneSummary;

/** The zone table (reference data) with province and city names from region. */
@Repository
class ZoneStore {

    private static final String SELECT = """
            select z.id, z.name, z.short_name, z.province_code, p.name as province_name, z.city_code,
                c.name as city_name, z.approved_year
            from zone z join region p on p.code = z.province_code left join region c on c.code = z.city_code
            """;

    private final JdbcClient db;

    ZoneStore(JdbcClient db) {
        this.db = db;
    }

    Optional<ZoneSummary> find(long id) {
        return db.sql(SELECT + " where z.id = :id").param("id", id).query(ZoneStore::summary).optional();
    }

    List<ZoneSummary> all() {
        return db.sql(SELECT + " order by z.province_code, z.id").query(ZoneStore::summary).list();
    }

    List<ZoneSummary> inProvince(String provinceCode) {
        return db.sql(SELECT + " where z.province_code = :p order by z.id").param("p", provinceCode)
                .query(ZoneStore::summary).list();
    }

    /** A province that has at least one zone. */
    record Province(String code, String name) {
    }

    List<Province> provinces() {
        return db.sql("""
                select distinct p.code, p.name from zone z join region p on p.code = z.province_code order by p.code
                """).query((rs, n) -> new Province(rs.getString("code"), rs.getString("name"))).list();
    }

    /** A zone in the national list, with its enterprise counts. */
    record ZoneRow(ZoneSummary zone, long activeCount, long pendingCount) {
    }

    /** Zones filtered by province and a name fragment (name or short name), with counts. */
    List<ZoneRow> search(String provinceCode, String q) {
        StringBuilder sql = new StringBuilder("""
                select z.id, z.name, z.short_name, z.province_code, p.name as province_name, z.city_code,
                    c.name as city_name, z.approved_year,
                    coalesce(sum(case when e.status = 'ACTIVE' then 1 else 0 end), 0) as active_count,
                    coalesce(sum(case when e.status = 'PENDING' then 1 else 0 end), 0) as pending_count
                from zone z join region p on p.code = z.province_code left join region c on c.code = z.city_code
                    left join enterprise e on e.zone_id = z.id
                where 1=1
                """);
        boolean byProvince = provinceCode != null && !provinceCode.isBlank();
        boolean byName = q != null && !q.isBlank();
        if (byProvince) {
            sql.append(" and z.province_code = :p");
        }
        if (byName) {
            sql.append(" and (z.name like :q escape '\\' or z.short_name like :q escape '\\' or c.name like :q escape '\\')");
        }
        sql.append("""
                 group by z.id, z.name, z.short_name, z.province_code, p.name, z.city_code, c.name, z.approved_year
                 order by z.province_code, z.id
                """);
        var spec = db.sql(sql.toString());
        if (byProvince) {
            spec = spec.param("p", provinceCode.strip());
        }
        if (byName) {
            spec = spec.param("q", "%" + EnterpriseStore.likeEscape(q.strip()) + "%");
        }
        return spec.query((rs, n) -> new ZoneRow(summary(rs, n), rs.getLong("active_count"), rs.getLong("pending_count")))
                .list();
    }

    long count() {
        return db.sql("select count(*) from zone").query(Long.class).single();
    }

    private static ZoneSummary summary(ResultSet rs, int n) throws SQLException {
        int year = rs.getInt("approved_year");
        Integer approved = rs.wasNull() ? null : year;
        return new ZoneSummary(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                rs.getString("province_code"), rs.getString("province_name"), rs.getString("city_code"),
                rs.getString("city_name"), approved);
    }
}
