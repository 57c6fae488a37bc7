package gxq.health.declaration;

import gxq.account.TenantScope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who has not declared today (active employees of the scope without a declaration dated today), and the reminders
 * sent to them: at most one per person and day ({@code health_reminder_day_uk}).
 */
@Repository
class ReminderStore {

    private final JdbcClient db;

    ReminderStore(JdbcClient db) {
        this.db = db;
    }

    record Missing(long employeeId, String name, String idNoMasked, String department, String enterpriseName,
            boolean reminded) {
    }

    private static final String MISSING_WHERE = """
            from employee e join enterprise ent on ent.id = e.enterprise_id
            where e.status = 'ACTIVE' and %s %s
              and not exists (select 1 from health_declaration d where d.employee_id = e.id and d.declared_on = :today)
            """;

    private static String where(TenantScope scope, Long enterprise) {
        return MISSING_WHERE.formatted(scope.sqlFilter("e."), enterprise == null ? "" : "and e.enterprise_id = :ent");
    }

    List<Missing> missing(TenantScope scope, Long enterprise, LocalDate today, int limit, int offset) {
        var spec = scope.bind(db.sql("""
                select e.id, e.name, e.id_no_masked, e.department, ent.name as enterprise_name,
                    exists (select 1 from health_reminder r where r.employee_id = e.id and r.reminded_on = :today) as reminded
                """ + where(scope, enterprise) + " order by e.id limit :limit offset :offset"))
                .param("today", today).param("limit", limit).param("offset", offset);
        if (enterprise != null) {
            spec = spec.param("ent", enterprise);
        }
        return spec.query((rs, n) -> new Missing(rs.getLong("id"), rs.getString("name"), rs.getString("id_no_masked"),
                rs.getString("department"), rs.getString("enterprise_name"), rs.getBoolean("reminded"))).list();
    }

    long countMissing(TenantScope scope, Long enterprise, LocalDate today) {
        var spec = scope.bind(db.sql("select count(*) " + where(scope, enterprise))).param("today", today);
        if (enterprise != null) {
            spec = spec.param("ent", enterprise);
        }
        return spec.query(Long.class).single();
    }

    boolean declaredOn(long employeeId, LocalDate day) {
        return db.sql("select count(*) from health_declaration where employee_id = :e and declared_on = :d")
                .param("e", employeeId).param("d", day).query(Long.class).single() > 0;
    }

    /** Reminds one person; false if they were already reminded today. */
    boolean remind(long employeeId, long enterpriseId, LocalDate today, long by, OffsetDateTime now) {
        return db.sql("""
                insert into health_reminder (employee_id, enterprise_id, reminded_on, sent_by, created_at)
                select :e, :ent, :today, :by, :now where not exists
                    (select 1 from health_reminder r where r.employee_id = :e and r.reminded_on = :today)
                """).param("e", employeeId).param("ent", enterpriseId).param("today", today).param("by", by)
                .param("now", now).update() > 0;
    }

    /** Reminds everyone of the scope who has not declared today and was not reminded yet; returns how many. */
    int remindAll(TenantScope scope, LocalDate today, long by, OffsetDateTime now) {
        return scope.bind(db.sql("""
                insert into health_reminder (employee_id, enterprise_id, reminded_on, sent_by, created_at)
                select e.id, e.enterprise_id, :today, :by, :now
                """ + where(scope, null) + """
                  and not exists (select 1 from health_reminder r where r.employee_id = e.id and r.reminded_on = :today)
                """)).param("today", today).param("by", by).param("now", now).update();
    }

    /** Times of today's reminders to one employee. */
    List<OffsetDateTime> on(long employeeId, LocalDate day) {
        return db.sql("select created_at from health_reminder where employee_id = :e and reminded_on = :d order by created_at")
                .param("e", employeeId).param("d", day).query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).list();
    }
}
