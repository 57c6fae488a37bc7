package gxq.health.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Health test data written straight to the tables (declarations on past days, city risk levels), for scenarios
 * that span several days. Today's declarations go through HTTP in the tests.
 */
public final class HealthFixtures {

    private final JdbcClient db;

    public HealthFixtures(JdbcClient db) {
        this.db = db;
    }

    /** A normal declaration of the employee on {@code day} (36.5 ℃, no symptoms, in Beijing). */
    public long declaration(long employeeId, LocalDate day, String temperature) {
        var row = db.sql("select zone_id, enterprise_id from employee where id = :id").param("id", employeeId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into health_declaration (employee_id, enterprise_id, zone_id, declared_on, temperature, current_city,
                    contact, returned, declared_by, proxy, created_at, updated_at)
                values (:e, :ent, :zone, :day, :t, '110100', 'NONE', false, 0, false, :now, :now)
                """).param("e", employeeId).param("ent", row[1]).param("zone", row[0]).param("day", day)
                .param("t", new BigDecimal(temperature)).param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Normal declarations on every day from {@code from} to {@code to}. */
    public void declarations(long employeeId, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            declaration(employeeId, d, "36.5");
        }
    }

    /** A zone's own risk level for a city from {@code from} on. */
    public void cityRisk(long zoneId, String city, String level, LocalDate from) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into city_risk (city_code, zone_id, level, valid_from, created_at, updated_at)
                values (:c, :z, :l, :f, :now, :now)
                """).param("c", city).param("z", zoneId).param("l", level).param("f", from).param("now", now).update();
    }

    /** Moves the employee's roster date back, so that declarations are due from {@code day}. */
    public void enrolledOn(long employeeId, LocalDate day) {
        db.sql("update employee set created_at = :t where id = :id")
                .param("t", day.atStartOfDay().atOffset(ZoneOffset.ofHours(8)).withOffsetSameInstant(ZoneOffset.UTC))
                .param("id", employeeId).update();
    }
}
