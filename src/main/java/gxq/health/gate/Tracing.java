package gxq.health.gate;

import gxq.account.TenantScope;
import gxq.common.crypto.Masks;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Tracing (流调) for zone staff: a person's passages through the zone's checkpoints in a time window, and everyone
 * else scanned at the same checkpoint within ±N minutes of each passage. Scoped to the caller's zone in SQL; names of
 * the others are masked.
 */
@Service
class Tracing {

    static final int MAX_SCANS = 500;
    static final Duration MAX_WINDOW = Duration.ofDays(31);

    public record Person(long id, String name, String enterpriseName) {
    }

    public record Passage(long scanId, long checkpointId, String checkpoint, Instant at, String outcome, String direction) {
    }

    public record Contact(long employeeId, String maskedName, String enterpriseName, String checkpoint, Instant at,
            Instant personAt, long minutesApart, String outcome) {
    }

    public record Result(Person person, Instant from, Instant to, int minutes, List<Passage> passages, List<Contact> contacts) {
    }

    private final JdbcClient db;

    Tracing(JdbcClient db) {
        this.db = db;
    }

    /** Employees of the caller's zone whose name contains {@code q} (at most 20). */
    List<Person> search(TenantScope scope, String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return db.sql("""
                select e.id, e.name, n.name as ent from employee e join enterprise n on n.id = e.enterprise_id
                where e.zone_id = :zone and e.name like :q order by e.name, e.id limit 20""")
                .param("zone", scope.zoneId()).param("q", "%" + q.strip().replace("%", "").replace("_", "") + "%")
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    Result trace(TenantScope scope, long employeeId, Instant from, Instant to, int minutes) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw UserInputException.onField("from", "gate.tracing.error.window");
        }
        if (minutes < 1 || minutes > 240) {
            throw UserInputException.onField("minutes", "gate.tracing.error.minutes");
        }
        Person person = db.sql("""
                select e.id, e.name, n.name as ent from employee e join enterprise n on n.id = e.enterprise_id
                where e.id = :id and e.zone_id = :zone""").param("id", employeeId).param("zone", scope.zoneId())
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        List<Passage> passages = db.sql("""
                select s.id, s.checkpoint_id, c.name, s.scanned_at, s.outcome, s.direction
                from gate_scan s join checkpoint c on c.id = s.checkpoint_id
                where s.employee_id = :emp and s.zone_id = :zone and s.scanned_at >= :from and s.scanned_at <= :to
                order by s.scanned_at, s.id limit :max""").param("max", MAX_SCANS).param("emp", employeeId).param("zone", scope.zoneId())
                .param("from", utc(from)).param("to", utc(to))
                .query((rs, n) -> new Passage(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6))).list();
        Map<Long, Contact> contacts = new LinkedHashMap<>();   // one line per other person: their nearest passage
        Duration n = Duration.ofMinutes(minutes);
        for (Passage p : passages) {
            db.sql("""
                    select s.employee_id, e.name, x.name as ent, s.scanned_at, s.outcome
                    from gate_scan s join employee e on e.id = s.employee_id join enterprise x on x.id = e.enterprise_id
                    where s.checkpoint_id = :c and s.zone_id = :zone and s.scanned_at >= :lo and s.scanned_at <= :hi
                      and s.employee_id <> :emp and e.zone_id = :zone order by s.scanned_at, s.id""")
                    .param("c", p.checkpointId()).param("zone", scope.zoneId()).param("lo", utc(p.at().minus(n)))
                    .param("hi", utc(p.at().plus(n))).param("emp", employeeId)
                    .query((rs, i) -> {
                        Instant at = rs.getObject(4, OffsetDateTime.class).toInstant();
                        return new Contact(rs.getLong(1), Masks.name(rs.getString(2)), rs.getString(3), p.checkpoint(), at,
                                p.at(), Math.abs(Duration.between(p.at(), at).toMinutes()), rs.getString(5));
                    }).list()
                    .forEach(c -> contacts.merge(c.employeeId(), c, (a, b) -> b.minutesApart() < a.minutesApart() ? b : a));
        }
        List<Contact> list = new ArrayList<>(contacts.values());
        list.sort(java.util.Comparator.comparing(Contact::at));
        return new Result(person, from, to, minutes, passages, list);
    }

    /** Two sheets: the person's passages and the others present. Times in {@code format}. */
    static void xlsx(Result r, Function<String, String> text, Function<Instant, String> format, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet s1 = book.createSheet(text.apply("gate.tracing.scans"));
            row(s1, 0, text.apply("gate.tracing.person"), r.person().name() + " (" + r.person().id() + ")", r.person().enterpriseName());
            row(s1, 1, text.apply("gate.tracing.time"), text.apply("gate.field.checkpoint"), text.apply("gate.field.direction"),
                    text.apply("gate.tracing.outcome"));
            int i = 2;
            for (Passage p : r.passages()) {
                row(s1, i++, format.apply(p.at()), p.checkpoint(), p.direction() == null ? "" : text.apply("gate.direction." + p.direction()),
                        text.apply("gate.outcome." + p.outcome()));
            }
            Sheet s2 = book.createSheet(text.apply("gate.tracing.contacts"));
            row(s2, 0, text.apply("gate.tracing.name"), text.apply("gate.tracing.enterprise"), text.apply("gate.field.checkpoint"),
                    text.apply("gate.tracing.time"), text.apply("gate.tracing.gap"));
            i = 1;
            for (Contact c : r.contacts()) {
                row(s2, i++, c.maskedName(), c.enterpriseName(), c.checkpoint(), format.apply(c.at()), String.valueOf(c.minutesApart()));
            }
            s1.setColumnWidth(0, 22 * 256);
            s1.setColumnWidth(1, 24 * 256);
            s2.setColumnWidth(1, 24 * 256);
            s2.setColumnWidth(3, 22 * 256);
            book.write(out);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
