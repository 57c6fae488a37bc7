package gxq.health.status;

import gxq.health.Colour;
import gxq.health.rules.Diagnosis;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the status engine: {@code health_status}, its history, alerts, and the declarations the rules read. */
@Repository
class StatusStore {

    private static final String COLUMNS = """
            employee_id, enterprise_id, zone_id, subject, colour, since, until_date, rule_version, reasons, diagnosis,
            override_colour, override_reason, override_until, override_by, watch_until, sequence, updated_at, due_from
            """;

    private final JdbcClient db;

    StatusStore(JdbcClient db) {
        this.db = db;
    }

    /** The row with its first declaration day, locked for update until the transaction ends. */
    record Locked(StatusRow row, LocalDate dueFrom) {
    }

    Optional<Locked> lock(long employeeId) {
        return db.sql("select " + COLUMNS + " from health_status where employee_id = :id for update")
                .param("id", employeeId).query((rs, n) -> new Locked(row(rs), rs.getObject("due_from", LocalDate.class)))
                .optional();
    }

    Optional<StatusRow> find(long employeeId) {
        return db.sql("select " + COLUMNS + " from health_status where employee_id = :id").param("id", employeeId)
                .query((rs, n) -> row(rs)).optional();
    }

    /** The day the employee joined the roster (Asia/Shanghai), or empty when there is no such employee. */
    Optional<OffsetDateTime> rosterSince(long employeeId) {
        return db.sql("select created_at from employee where id = :id").param("id", employeeId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional();
    }

    /** Creates a green row unless one exists (two first declarations at once: one insert does nothing). */
    void createIfAbsent(long employeeId, long enterpriseId, long zoneId, String subject, String ruleVersion,
            LocalDate dueFrom, OffsetDateTime now) {
        db.sql("""
                insert into health_status (employee_id, enterprise_id, zone_id, subject, colour, since, rule_version,
                    sequence, updated_at, due_from)
                values (:id, :ent, :zone, :subject, 'GREEN', :now, :rv, 0, :now, :due)
                on conflict do nothing
                """).param("id", employeeId).param("ent", enterpriseId).param("zone", zoneId).param("subject", subject)
                .param("now", now).param("rv", ruleVersion).param("due", dueFrom).update();
    }

    void update(StatusRow s) {
        db.sql("""
                update health_status set colour = :colour, since = :since, until_date = :until, rule_version = :rv,
                    reasons = :reasons, diagnosis = :diagnosis, override_colour = :oc, override_reason = :oreason,
                    override_until = :ountil, override_by = :oby, watch_until = :watch, sequence = :seq,
                    updated_at = :updated
                where employee_id = :id
                """).param("colour", s.colour().name()).param("since", s.since()).param("until", s.untilDate())
                .param("rv", s.ruleVersion()).param("reasons", s.reasons()).param("diagnosis", s.diagnosis().name())
                .param("oc", s.overrideColour() == null ? null : s.overrideColour().name())
                .param("oreason", s.overrideReason()).param("ountil", s.overrideUntil()).param("oby", s.overrideBy())
                .param("watch", s.watchUntil()).param("seq", s.sequence()).param("updated", s.updatedAt())
                .param("id", s.employeeId()).update();
    }

    void appendChange(StatusRow s, Colour from, Long actorId) {
        db.sql("""
                insert into health_status_change (employee_id, enterprise_id, zone_id, from_colour, to_colour,
                    rule_version, reasons, actor_id, changed_at)
                values (:id, :ent, :zone, :from, :to, :rv, :reasons, :actor, :at)
                """).param("id", s.employeeId()).param("ent", s.enterpriseId()).param("zone", s.zoneId())
                .param("from", from == null ? null : from.name()).param("to", s.colour().name())
                .param("rv", s.ruleVersion()).param("reasons", s.reasons()).param("actor", actorId)
                .param("at", s.updatedAt()).update();
    }

    void raiseAlert(StatusRow s, String kind, String detail) {
        db.sql("""
                insert into health_alert (employee_id, enterprise_id, zone_id, kind, colour, detail, raised_at)
                values (:id, :ent, :zone, :kind, :colour, :detail, :at)
                """).param("id", s.employeeId()).param("ent", s.enterpriseId()).param("zone", s.zoneId())
                .param("kind", kind).param("colour", s.colour().name()).param("detail", truncate(detail, 500))
                .param("at", s.updatedAt()).update();
    }

    List<StatusChangeRow> history(long employeeId, int limit) {
        return db.sql("""
                select id, from_colour, to_colour, rule_version, reasons, actor_id, changed_at
                from health_status_change where employee_id = :id order by changed_at desc, id desc limit :limit
                """).param("id", employeeId).param("limit", limit)
                .query((rs, n) -> new StatusChangeRow(rs.getLong("id"), colour(rs.getString("from_colour")),
                        Colour.valueOf(rs.getString("to_colour")), rs.getString("rule_version"), rs.getString("reasons"),
                        (Long) rs.getObject("actor_id", Long.class), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** A declaration as the rules read it, with the cities it names. */
    record DeclaredDay(long id, LocalDate date, BigDecimal temperature, Set<String> symptoms, String contact,
            String currentCity, boolean returned, String returnFromCity, LocalDate returnDate,
            List<Map.Entry<String, LocalDate>> visits) {
    }

    /** Declarations of one employee dated within [from, to], with their visits, in one query. */
    List<DeclaredDay> declarations(long employeeId, LocalDate from, LocalDate to) {
        Map<Long, DeclaredDay> byId = new java.util.LinkedHashMap<>();
        db.sql("""
                select d.id, d.declared_on, d.temperature, d.symptoms, d.contact, d.current_city, d.returned,
                    d.return_from_city, d.return_date, v.city_code, v.visited_on
                from health_declaration d left join health_declaration_visit v on v.declaration_id = d.id
                where d.employee_id = :id and d.declared_on >= :from and d.declared_on <= :to
                order by d.declared_on
                """).param("id", employeeId).param("from", from).param("to", to).query(rs -> {
                    long id = rs.getLong("id");
                    DeclaredDay day = byId.get(id);
                    if (day == null) {
                        String symptoms = rs.getString("symptoms");
                        day = new DeclaredDay(id, rs.getObject("declared_on", LocalDate.class),
                                rs.getBigDecimal("temperature"),
                                symptoms == null || symptoms.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(symptoms.split(","))),
                                rs.getString("contact"), rs.getString("current_city"), rs.getBoolean("returned"),
                                rs.getString("return_from_city"), rs.getObject("return_date", LocalDate.class),
                                new ArrayList<>());
                        byId.put(id, day);
                    }
                    String city = rs.getString("city_code");
                    if (city != null) {
                        day.visits().add(Map.entry(city, rs.getObject("visited_on", LocalDate.class)));
                    }
                });
        return new ArrayList<>(byId.values());
    }

    static StatusRow row(ResultSet rs) throws SQLException {
        return new StatusRow(rs.getLong("employee_id"), rs.getLong("enterprise_id"), rs.getLong("zone_id"),
                rs.getString("subject"), Colour.valueOf(rs.getString("colour")),
                rs.getObject("since", OffsetDateTime.class), rs.getObject("until_date", LocalDate.class),
                rs.getString("rule_version"), rs.getString("reasons"), Diagnosis.valueOf(rs.getString("diagnosis")),
                colour(rs.getString("override_colour")), rs.getString("override_reason"),
                rs.getObject("override_until", LocalDate.class), (Long) rs.getObject("override_by", Long.class),
                rs.getObject("watch_until", LocalDate.class), rs.getLong("sequence"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static Colour colour(String s) {
        return s == null ? null : Colour.valueOf(s);
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static Map<String, Object> params() {
        return new HashMap<>();
    }
}
