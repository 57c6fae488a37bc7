package gxq.health.gate;

import gxq.common.crypto.PersonalDataCipher;
import gxq.health.Colour;
import gxq.health.code.SubjectPseudonyms;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows for gate tests written straight to the tables: {@code health_status} as the status engine would write it
 * (subject = the employee's pseudonym), checkpoints, devices and hand-made scans.
 */
@TestComponent
public class GateFixtures {

    private static final Pattern DATA_TOKEN = Pattern.compile("data-token=\"([^\"]+)\"");
    private final JdbcClient db;
    private final SubjectPseudonyms pseudonyms;
    private final PersonalDataCipher cipher;

    GateFixtures(JdbcClient db, SubjectPseudonyms pseudonyms, PersonalDataCipher cipher) {
        this.db = db;
        this.pseudonyms = pseudonyms;
        this.cipher = cipher;
    }

    /** A current status of the employee with the given colour and sequence 1. */
    public void status(long employeeId, Colour colour) {
        var row = db.sql("select zone_id, enterprise_id from employee where id = :id").param("id", employeeId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into health_status (employee_id, enterprise_id, zone_id, subject, colour, since, rule_version,
                    sequence, updated_at) values (:e, :ent, :zone, :subject, :colour, :now, 'CN-2020.1', 1, :now)""")
                .param("e", employeeId).param("ent", row[1]).param("zone", row[0])
                .param("subject", pseudonyms.of(employeeId).toString()).param("colour", colour.name()).param("now", now)
                .update();
    }

    /** A status change as the engine makes it: new colour, sequence + 1. */
    public void change(long employeeId, Colour colour) {
        db.sql("update health_status set colour = :c, sequence = sequence + 1 where employee_id = :e")
                .param("c", colour.name()).param("e", employeeId).update();
    }

    public long checkpoint(long zoneId, Long enterpriseId, String name) {
        var keys = new GeneratedKeyHolder();
        db.sql("insert into checkpoint (zone_id, enterprise_id, name, active, created_at) values (:z, :e, :n, true, :now)")
                .param("z", zoneId).param("e", enterpriseId).param("n", name)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A device with the given app id and secret. @return its id */
    public long device(long checkpointId, String appId, String secret) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into gate_device (checkpoint_id, app_id, secret_enc, name, active, created_at)
                values (:c, :a, :s, 'test device', true, :now)""").param("c", checkpointId).param("a", appId)
                .param("s", cipher.encrypt(secret)).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A hand-made admitted scan of the employee at the checkpoint at the given instant. */
    public void scan(long checkpointId, long employeeId, Instant at) {
        long zone = db.sql("select zone_id from checkpoint where id = :id").param("id", checkpointId).query(Long.class).single();
        db.sql("""
                insert into gate_scan (checkpoint_id, zone_id, employee_id, outcome, direction, scanned_at)
                values (:c, :z, :e, 'ADMITTED', 'IN', :at)""").param("c", checkpointId).param("z", zone)
                .param("e", employeeId).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    public long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    /** The token of a health-code page ({@code data-token} attribute). */
    public static String token(String html) {
        Matcher m = DATA_TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No data-token on the page");
        }
        return m.group(1);
    }
}
