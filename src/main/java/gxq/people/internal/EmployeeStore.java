package gxq.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.account.TenantScope;
import gxq.people.EmployeeStatus;

/** The employee table (and the names of enterprises, read for display). Every list is scoped by the caller. */
@Repository
class EmployeeStore {

    static final String SELECT = """
            select e.*, ent.name as enterprise_name,
                (select count(*) from app_user u where u.employee_id = e.id) as accounts
            from employee e join enterprise ent on ent.id = e.enterprise_id
            """;

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate jdbc;

    EmployeeStore(JdbcClient db, NamedParameterJdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** What a list or export is narrowed to, on top of the caller's scope. Hashes come from the search box. */
    record Filter(Long enterpriseId, String namePattern, String idHash, String phoneHash, String department,
            EmployeeStatus status) {
        static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    Optional<EmployeeRow> find(long id) {
        return db.sql(SELECT + " where e.id = :id").param("id", id).query(EmployeeStore::row).optional();
    }

    List<EmployeeRow> list(TenantScope scope, Filter f, int limit, int offset) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(scope.sqlFilter("e."));
        var params = new HashMap<String, Object>();
        where(f, sql, params);
        sql.append(" order by e.id desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return scope.bind(db.sql(sql.toString())).params(params).query(EmployeeStore::row).list();
    }

    /** Up to {@code limit} rows after id {@code afterId}, in id order: an export reads the roster chunk by chunk. */
    List<EmployeeRow> chunk(TenantScope scope, Filter f, long afterId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(scope.sqlFilter("e."))
                .append(" and e.id > :after");
        var params = new HashMap<String, Object>();
        where(f, sql, params);
        sql.append(" order by e.id limit :limit");
        params.put("after", afterId);
        params.put("limit", limit);
        return scope.bind(db.sql(sql.toString())).params(params).query(EmployeeStore::row).list();
    }

    private static void where(Filter f, StringBuilder sql, Map<String, Object> params) {
        if (f.enterpriseId() != null) {
            sql.append(" and e.enterprise_id = :ent");
            params.put("ent", f.enterpriseId());
        }
        if (f.idHash() != null || f.phoneHash() != null) {
            sql.append(" and (e.id_no_hash = :idHash or e.phone_hash = :phoneHash)");
            params.put("idHash", f.idHash() == null ? "-" : f.idHash());
            params.put("phoneHash", f.phoneHash() == null ? "-" : f.phoneHash());
        } else if (f.namePattern() != null) {
            sql.append(" and e.name like :name");
            params.put("name", f.namePattern());
        }
        if (f.department() != null) {
            sql.append(" and e.department = :dept");
            params.put("dept", f.department());
        }
        if (f.status() != null) {
            sql.append(" and e.status = :status");
            params.put("status", f.status().name());
        }
    }

    long countActive(TenantScope scope) {
        return scope.bind(db.sql("select count(*) from employee e where e.status = 'ACTIVE' and " + scope.sqlFilter("e.")))
                .query(Long.class).single();
    }

    long countActive(long enterpriseId) {
        return db.sql("select count(*) from employee e where e.status = 'ACTIVE' and e.enterprise_id = :ent")
                .param("ent", enterpriseId).query(Long.class).single();
    }

    long countActiveWithoutAccount(long enterpriseId) {
        return db.sql("""
                select count(*) from employee e where e.status = 'ACTIVE' and e.enterprise_id = :ent
                    and not exists (select 1 from app_user u where u.employee_id = e.id)
                """).param("ent", enterpriseId).query(Long.class).single();
    }

    List<String> departments(TenantScope scope, Long enterpriseId) {
        String sql = "select distinct e.department from employee e where " + scope.sqlFilter("e.")
                + " and e.department is not null" + (enterpriseId == null ? "" : " and e.enterprise_id = :ent")
                + " order by e.department limit 500";
        var spec = scope.bind(db.sql(sql));
        if (enterpriseId != null) {
            spec = spec.param("ent", enterpriseId);
        }
        return spec.query(String.class).list();
    }

    record EnterpriseOption(long id, String name) {
    }

    List<EnterpriseOption> enterprisesOfZone(long zoneId) {
        return db.sql("select id, name from enterprise where zone_id = :zone order by name limit 5000")
                .param("zone", zoneId).query((rs, n) -> new EnterpriseOption(rs.getLong("id"), rs.getString("name"))).list();
    }

    Optional<Long> zoneOfEnterprise(long enterpriseId) {
        return db.sql("select zone_id from enterprise where id = :id").param("id", enterpriseId).query(Long.class).optional();
    }

    Optional<String> enterpriseName(long enterpriseId) {
        return db.sql("select name from enterprise where id = :id").param("id", enterpriseId).query(String.class).optional();
    }

    Optional<Long> idByHash(long enterpriseId, String idHash) {
        return db.sql("select id from employee where enterprise_id = :ent and id_no_hash = :hash")
                .param("ent", enterpriseId).param("hash", idHash).query(Long.class).optional();
    }

    /** Columns written for an employee; encrypted, hashed and masked forms are computed by the caller. */
    record Values(String name, String gender, LocalDate birthDate, String idNoEnc, String idNoHash, String idNoMasked,
            String phoneEnc, String phoneHash, String phoneMasked, String employeeNo, String department, String jobTitle,
            String homeCityCode) {
    }

    long insert(long zoneId, long enterpriseId, Values v) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(INSERT, insertParams(zoneId, enterpriseId, v, now()), keys, new String[] {"id"});
        return keys.getKeyAs(Number.class).longValue();
    }

    private static final String INSERT = """
            insert into employee (enterprise_id, zone_id, name, gender, birth_date, id_no_enc, id_no_hash, id_no_masked,
                phone_enc, phone_hash, phone_masked, employee_no, department, job_title, home_city_code, status,
                created_at, updated_at, version)
            values (:ent, :zone, :name, :gender, :birth, :idEnc, :idHash, :idMasked, :phoneEnc, :phoneHash, :phoneMasked,
                :employeeNo, :department, :jobTitle, :city, 'ACTIVE', :now, :now, 0)
            """;

    private static MapSqlParameterSource insertParams(long zoneId, long enterpriseId, Values v, OffsetDateTime now) {
        return new MapSqlParameterSource().addValue("ent", enterpriseId).addValue("zone", zoneId)
                .addValue("name", v.name()).addValue("gender", v.gender()).addValue("birth", v.birthDate())
                .addValue("idEnc", v.idNoEnc()).addValue("idHash", v.idNoHash()).addValue("idMasked", v.idNoMasked())
                .addValue("phoneEnc", v.phoneEnc()).addValue("phoneHash", v.phoneHash())
                .addValue("phoneMasked", v.phoneMasked()).addValue("employeeNo", v.employeeNo())
                .addValue("department", v.department()).addValue("jobTitle", v.jobTitle())
                .addValue("city", v.homeCityCode()).addValue("now", now);
    }

    private static final String UPDATE = """
            update employee set name = :name, gender = :gender, birth_date = :birth, id_no_enc = :idEnc,
                id_no_hash = :idHash, id_no_masked = :idMasked, phone_enc = :phoneEnc, phone_hash = :phoneHash,
                phone_masked = :phoneMasked, employee_no = :employeeNo, department = :department, job_title = :jobTitle,
                home_city_code = :city, updated_at = :now, version = version + 1
            where id = :id and version = :version
            """;

    /** @return false when the row changed since {@code version} was read (optimistic locking) */
    boolean update(long id, int version, Values v) {
        var params = insertParams(0, 0, v, now()).addValue("id", id).addValue("version", version);
        return jdbc.update(UPDATE, params) == 1;
    }

    boolean setStatus(long id, int version, EmployeeStatus status) {
        return db.sql("update employee set status = :status, updated_at = :now, version = version + 1 where id = :id and version = :version")
                .param("status", status.name()).param("now", now()).param("id", id).param("version", version).update() == 1;
    }

    /** What an import compares a row with: the stored row of the same ID number in the enterprise. */
    record Existing(long id, int version, String name, String gender, LocalDate birthDate, String idNoEnc,
            String idNoMasked, String phoneEnc, String phoneHash, String phoneMasked, String employeeNo,
            String department, String jobTitle, String homeCityCode) {
    }

    /** Every employee of the enterprise by ID-number hash, in one query. */
    Map<String, Existing> existingByHash(long enterpriseId) {
        Map<String, Existing> map = new HashMap<>();
        db.sql("""
                select id, version, name, gender, birth_date, id_no_enc, id_no_hash, id_no_masked, phone_enc, phone_hash,
                    phone_masked, employee_no, department, job_title, home_city_code
                from employee where enterprise_id = :ent
                """).param("ent", enterpriseId).query(rs -> {
                    map.put(rs.getString("id_no_hash"), new Existing(rs.getLong("id"), rs.getInt("version"),
                            rs.getString("name"), rs.getString("gender"), rs.getObject("birth_date", LocalDate.class),
                            rs.getString("id_no_enc"), rs.getString("id_no_masked"), rs.getString("phone_enc"),
                            rs.getString("phone_hash"), rs.getString("phone_masked"), rs.getString("employee_no"),
                            rs.getString("department"), rs.getString("job_title"), rs.getString("home_city_code")));
                });
        return map;
    }

    void insertAll(long zoneId, long enterpriseId, List<Values> rows) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        SqlParameterSource[] batch = rows.stream().map(v -> insertParams(zoneId, enterpriseId, v, now))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT, batch);
    }

    record Update(long id, int version, Values values) {
    }

    /** @return false when any row changed meanwhile; the caller rolls the transaction back */
    boolean updateAll(List<Update> rows) {
        if (rows.isEmpty()) {
            return true;
        }
        OffsetDateTime now = now();
        SqlParameterSource[] batch = rows.stream().map(u -> insertParams(0, 0, u.values(), now)
                .addValue("id", u.id()).addValue("version", u.version())).toArray(SqlParameterSource[]::new);
        int[] counts = jdbc.batchUpdate(UPDATE, batch);
        for (int c : counts) {
            if (c == 0) {
                return false;
            }
        }
        return true;
    }

    private static EmployeeRow row(ResultSet rs, int n) throws SQLException {
        return new EmployeeRow(rs.getLong("id"), rs.getLong("zone_id"), rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getString("name"), rs.getString("gender"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("id_no_enc"), rs.getString("id_no_hash"),
                rs.getString("id_no_masked"), rs.getString("phone_enc"), rs.getString("phone_hash"), rs.getString("phone_masked"), rs.getString("employee_no"),
                rs.getString("department"), rs.getString("job_title"), rs.getString("home_city_code"),
                EmployeeStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("accounts") > 0);
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    // ---- cities (reference data) ----

    List<CityDirectory.City> cities() {
        return db.sql("""
                select c.code, c.name, c.parent_code, p.name as province_name
                from region c left join region p on p.code = c.parent_code
                where c.level = 2 order by c.code
                """).query((rs, n) -> new CityDirectory.City(rs.getString("code"), rs.getString("name"),
                rs.getString("parent_code"), rs.getString("province_name"))).list();
    }
}
