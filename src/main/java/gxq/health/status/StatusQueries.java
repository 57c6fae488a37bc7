package gxq.health.status;

import gxq.account.TenantScope;
import gxq.health.Colour;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the status pages: one person's status, history and recent declarations (callers check the scope first
 * with {@link HealthSubjects}), and the scoped list of returnees under observation. Names and masked ID numbers are
 * read from the roster tables for display only.
 */
@Service
@Transactional(readOnly = true)
public class StatusQueries {

    private final JdbcClient db;
    private final StatusStore store;

    StatusQueries(JdbcClient db, StatusStore store) {
        this.db = db;
        this.store = store;
    }

    public Optional<StatusRow> status(long employeeId) {
        return store.find(employeeId);
    }

    public List<StatusChangeRow> history(long employeeId, int limit) {
        return store.history(employeeId, limit);
    }

    /** One declaration as the status page lists it. */
    public record DeclarationLine(LocalDate date, String temperature, List<String> symptoms, String contact,
            String currentCity, List<String> visits, boolean returned, String returnFromCity, LocalDate returnDate) {
    }

    /** The declarations of the last {@code days} days, newest first. */
    public List<DeclarationLine> recentDeclarations(long employeeId, LocalDate today, int days) {
        var list = new java.util.ArrayList<>(store.declarations(employeeId, today.minusDays(days - 1L), today));
        java.util.Collections.reverse(list);
        return list.stream().map(d -> new DeclarationLine(d.date(), d.temperature().toPlainString(),
                d.symptoms().stream().sorted().toList(), d.contact(), d.currentCity(),
                d.visits().stream().map(v -> v.getKey() + "@" + v.getValue()).toList(), d.returned(),
                d.returnFromCity(), d.returnDate())).toList();
    }

    /** A returnee under observation. {@code daysLeft} counts from today to {@code watchUntil}. */
    public record Observed(long employeeId, String name, String idNoMasked, String enterpriseName, Colour colour,
            String originCity, LocalDate returnDate, LocalDate watchUntil, long daysLeft) {
    }

    public List<Observed> observation(TenantScope scope, Long enterpriseId, LocalDate today, int limit, int offset) {
        String sql = """
                select s.employee_id, e.name, e.id_no_masked, ent.name as enterprise_name, s.colour, s.watch_until,
                    (select d.return_from_city from health_declaration d where d.employee_id = s.employee_id
                        and d.returned = true and d.return_date is not null
                        order by d.return_date desc, d.declared_on desc limit 1) as origin,
                    (select max(d.return_date) from health_declaration d where d.employee_id = s.employee_id
                        and d.returned = true) as return_date
                from health_status s join employee e on e.id = s.employee_id join enterprise ent on ent.id = s.enterprise_id
                where s.watch_until >= :today and %s %s
                order by s.watch_until, s.employee_id limit :limit offset :offset
                """.formatted(scope.sqlFilter("s."), enterpriseId == null ? "" : "and s.enterprise_id = :ent");
        var spec = scope.bind(db.sql(sql)).param("today", today).param("limit", limit).param("offset", offset);
        if (enterpriseId != null) {
            spec = spec.param("ent", enterpriseId);
        }
        return spec.query((rs, n) -> {
            LocalDate until = rs.getObject("watch_until", LocalDate.class);
            return new Observed(rs.getLong("employee_id"), rs.getString("name"), rs.getString("id_no_masked"),
                    rs.getString("enterprise_name"), Colour.valueOf(rs.getString("colour")), rs.getString("origin"),
                    rs.getObject("return_date", LocalDate.class), until, ChronoUnit.DAYS.between(today, until));
        }).list();
    }

    /** Enterprises of a zone (id, name) for the zone roles' filter. */
    public List<Object[]> enterprisesOfZone(long zoneId) {
        return db.sql("select id, name from enterprise where zone_id = :z order by name").param("z", zoneId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
    }
}
