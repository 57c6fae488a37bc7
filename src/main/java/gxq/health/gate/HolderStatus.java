package gxq.health.gate;

import gxq.health.Colour;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the current status of a code's holder from {@code health_status} (written by the status engine), with the
 * holder's name and enterprise, in one indexed query ({@code health_status.subject} is unique).
 *
 * <p>Effective colour: a staff override in force ({@code override_colour} with no end or an end not before today)
 * wins over the decided {@code colour}; the code page and the gate use this same rule, and the status engine raises
 * {@code sequence} on every colour or override change.
 */
@Repository
class HolderStatus {

    record Current(String subject, long employeeId, long enterpriseId, long zoneId, Colour colour, long sequence, String name,
            String enterpriseName) {
    }

    private static final String SELECT = """
            select s.subject, s.employee_id, s.enterprise_id, s.zone_id, s.colour, s.sequence, s.override_colour, s.override_until,
                   e.name, n.name as enterprise_name
            from health_status s join employee e on e.id = s.employee_id join enterprise n on n.id = s.enterprise_id
            """;

    private final JdbcClient db;

    HolderStatus(JdbcClient db) {
        this.db = db;
    }

    /** The holder of a code, if they still work here (a person who left has no current status at a gate). */
    Optional<Current> bySubject(String subject, LocalDate today) {
        return db.sql(SELECT + " where s.subject = :subject and e.status = 'ACTIVE'").param("subject", subject)
                .query((rs, n) -> map(rs, today)).optional();
    }

    Optional<Current> byEmployee(long employeeId, LocalDate today) {
        return db.sql(SELECT + " where s.employee_id = :id").param("id", employeeId).query((rs, n) -> map(rs, today))
                .optional();
    }

    private static Current map(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        Colour colour = Colour.valueOf(rs.getString("colour"));
        String override = rs.getString("override_colour");
        LocalDate until = rs.getObject("override_until", LocalDate.class);
        if (override != null && (until == null || !until.isBefore(today))) {
            colour = Colour.valueOf(override);
        }
        return new Current(rs.getString("subject"), rs.getLong("employee_id"), rs.getLong("enterprise_id"), rs.getLong("zone_id"), colour,
                rs.getLong("sequence"), rs.getString("name"), rs.getString("enterprise_name"));
    }
}
