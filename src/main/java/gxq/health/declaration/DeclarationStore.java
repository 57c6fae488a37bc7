package gxq.health.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code health_declaration} and its visits. One row per employee and day; a second submission updates it. */
@Repository
class DeclarationStore {

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate jdbc;

    DeclarationStore(JdbcClient db, NamedParameterJdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    record Existing(long id, BigDecimal temperature) {
    }

    Optional<Existing> findOn(long employeeId, LocalDate day) {
        return db.sql("select id, temperature from health_declaration where employee_id = :e and declared_on = :d")
                .param("e", employeeId).param("d", day)
                .query((rs, n) -> new Existing(rs.getLong(1), rs.getBigDecimal(2))).optional();
    }

    /** Today's declaration as the form shows it, with its visits, or empty. */
    Optional<DeclarationForm> formOn(long employeeId, LocalDate day) {
        var rows = db.sql("""
                select d.temperature, d.symptoms, d.current_city, d.contact, d.returned, d.return_from_city,
                    d.return_date, v.city_code, v.visited_on
                from health_declaration d left join health_declaration_visit v on v.declaration_id = d.id
                where d.employee_id = :e and d.declared_on = :d order by v.visited_on, v.city_code
                """).param("e", employeeId).param("d", day).query((rs, n) -> {
                    DeclarationForm f = new DeclarationForm();
                    f.setTemperature(rs.getBigDecimal("temperature").toPlainString());
                    String s = rs.getString("symptoms");
                    f.setSymptoms(s == null || s.isBlank() ? List.of() : List.of(s.split(",")));
                    f.setCurrentCity(rs.getString("current_city"));
                    f.setContact(rs.getString("contact"));
                    f.setReturned(rs.getBoolean("returned"));
                    f.setReturnFrom(rs.getString("return_from_city"));
                    LocalDate rd = rs.getObject("return_date", LocalDate.class);
                    f.setReturnDate(rd == null ? null : rd.toString());
                    String city = rs.getString("city_code");
                    if (city != null) {
                        f.getVisitCity().add(city);
                        f.getVisitDate().add(rs.getObject("visited_on", LocalDate.class).toString());
                    }
                    return f;
                }).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DeclarationForm first = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            first.getVisitCity().addAll(rows.get(i).getVisitCity());
            first.getVisitDate().addAll(rows.get(i).getVisitDate());
        }
        return Optional.of(first);
    }

    long insert(long employeeId, long enterpriseId, long zoneId, LocalDate day, ValidDeclaration d, long declaredBy,
            boolean proxy, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                insert into health_declaration (employee_id, enterprise_id, zone_id, declared_on, temperature, symptoms,
                    current_city, contact, returned, return_from_city, return_date, declared_by, proxy, created_at,
                    updated_at)
                values (:e, :ent, :zone, :day, :t, :symptoms, :city, :contact, :returned, :rf, :rd, :by, :proxy, :now, :now)
                """, params(d).addValue("e", employeeId).addValue("ent", enterpriseId).addValue("zone", zoneId)
                .addValue("day", day).addValue("by", declaredBy).addValue("proxy", proxy).addValue("now", now),
                keys, new String[] {"id"});
        long id = keys.getKeyAs(Number.class).longValue();
        insertVisits(id, d);
        return id;
    }

    void replace(long id, ValidDeclaration d, long declaredBy, boolean proxy, OffsetDateTime now) {
        jdbc.update("""
                update health_declaration set temperature = :t, symptoms = :symptoms, current_city = :city,
                    contact = :contact, returned = :returned, return_from_city = :rf, return_date = :rd,
                    declared_by = :by, proxy = :proxy, updated_at = :now, version = version + 1
                where id = :id
                """, params(d).addValue("id", id).addValue("by", declaredBy).addValue("proxy", proxy).addValue("now", now));
        db.sql("delete from health_declaration_visit where declaration_id = :id").param("id", id).update();
        insertVisits(id, d);
    }

    private void insertVisits(long id, ValidDeclaration d) {
        if (d.visits().isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = d.visits().stream()
                .map(v -> new MapSqlParameterSource("id", id).addValue("city", v.city()).addValue("day", v.date()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("insert into health_declaration_visit (declaration_id, city_code, visited_on) values (:id, :city, :day)",
                batch);
    }

    private static MapSqlParameterSource params(ValidDeclaration d) {
        return new MapSqlParameterSource("t", d.temperature())
                .addValue("symptoms", d.symptoms().isEmpty() ? null : String.join(",", d.symptoms()))
                .addValue("city", d.currentCity()).addValue("contact", d.contact()).addValue("returned", d.returned())
                .addValue("rf", d.returnFrom()).addValue("rd", d.returnDate());
    }
}
