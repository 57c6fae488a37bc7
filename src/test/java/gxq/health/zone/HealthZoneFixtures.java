package gxq.health.zone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import gxq.testing.Fixtures;

/**
 * Rows of the health tables written straight to the database, as the declaration and status parts of the module
 * would write them (this part only reads them).
 */
public class HealthZoneFixtures {

    private final JdbcClient db;

    public HealthZoneFixtures(JdbcClient db) {
        this.db = db;
    }

    private long[] tenantOf(long employee) {
        return db.sql("select zone_id, enterprise_id from employee where id = :id").param("id", employee)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    public void status(long employee, String colour, String reasons) {
        long[] t = tenantOf(employee);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into health_status (employee_id, enterprise_id, zone_id, subject, colour, since, rule_version,
                    reasons, updated_at)
                values (:emp, :ent, :zone, :subject, :colour, :now, 'national-2020.1', :reasons, :now)
                """).param("emp", employee).param("ent", t[1]).param("zone", t[0])
                .param("subject", "t" + Fixtures.next() + "x" + employee).param("colour", colour)
                .param("reasons", reasons).param("now", now).update();
    }

    public void declaration(long employee, LocalDate day, String temperature) {
        long[] t = tenantOf(employee);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into health_declaration (employee_id, enterprise_id, zone_id, declared_on, temperature,
                    declared_by, created_at, updated_at)
                values (:emp, :ent, :zone, :day, :temp, 1, :now, :now)
                """).param("emp", employee).param("ent", t[1]).param("zone", t[0]).param("day", day)
                .param("temp", new BigDecimal(temperature)).param("now", now).update();
    }

    public long alert(long employee, String kind, String colour, String detail, OffsetDateTime raisedAt) {
        long[] t = tenantOf(employee);
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into health_alert (employee_id, enterprise_id, zone_id, kind, colour, detail, raised_at)
                values (:emp, :ent, :zone, :kind, :colour, :detail, :at)
                """).param("emp", employee).param("ent", t[1]).param("zone", t[0]).param("kind", kind)
                .param("colour", colour).param("detail", detail).param("at", raisedAt.withOffsetSameInstant(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void leave(long employee) {
        db.sql("update employee set status = 'LEFT' where id = :id").param("id", employee).update();
    }

    public void acknowledge(long alert, long userId) {
        db.sql("update health_alert set acknowledged_by = :u, acknowledged_at = :now where id = :id").param("u", userId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", alert).update();
    }

    public Long acknowledgedBy(long alert) {
        return db.sql("select acknowledged_by from health_alert where id = :id").param("id", alert)
                .query(Long.class).optional().orElse(null);
    }

    public long audits(long alert) {
        return db.sql("select count(*) from audit_log where action = 'HEALTH_ALERT_ACK' and target_id = :id")
                .param("id", String.valueOf(alert)).query(Long.class).single();
    }
}
