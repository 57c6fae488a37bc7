package gxq.health.demo;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.health.Colour;
import gxq.health.demo.DemoHealthPlan.Cities;
import gxq.health.demo.DemoHealthPlan.Day;
import gxq.health.demo.DemoHealthPlan.Kind;
import gxq.health.demo.DemoHealthPlan.Person;
import gxq.health.demo.DemoHealthPlan.PersonPlan;
import gxq.health.status.ManualStatus;
import gxq.health.status.StatusEngine;
import gxq.health.status.Trigger;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With profile {@code demo}: once the demo generator ({@code gxq.demo}, an {@code ApplicationRunner}) has filled the
 * database, and only while there is no health declaration at all, writes a few days of health demo data in one
 * transaction (so a restart adds nothing, and a failed run leaves nothing half written):
 * <ol>
 *   <li>national city risk entries — one high-risk and two medium-risk cities, never a demo zone's own city. The region
 *       module has no API to add an entry without a signed-in ministry admin, so they are inserted with SQL;</li>
 *   <li>declarations of the last {@code gxq.demo.health.days} days as planned by {@link DemoHealthPlan}, inserted with
 *       batched SQL (made as 代报 by the enterprise admin, or by the employee's own account), without audit lines;</li>
 *   <li>for each day in turn, {@link StatusEngine#recompute} for that day with the day's declaration as trigger — the
 *       same engine call a declaration makes, so colours, reasons, history, events and the {@code FEVER} /
 *       {@code TURNED_*} alerts come from the rules. People with nothing unusual are recomputed only on their last
 *       declaration day (the earlier days would give the same green). The engine stamps history and alerts with the
 *       current time; they are then moved to the time of the declaration that caused them, and {@code since} with
 *       them;</li>
 *   <li>one staff override in the first zone, through {@link ManualStatus} (audited as the zone staff account);</li>
 *   <li>per zone two zone gates (东门, 西门) and a gate of the first enterprise, and today's scans there
 *       ({@code gate_scan} rows consistent with the colours: green admitted, yellow and red refused).</li>
 * </ol>
 */
@Component
@Profile("demo")
class DemoHealthData {

    private static final Logger log = LoggerFactory.getLogger(DemoHealthData.class);

    static final String OVERRIDE_REASON = "疾控中心通知：与确诊病例同乘航班，居家医学观察";
    static final String RISK_NOTE = "演示数据 / demo data";
    /** Shanghai, Guangzhou, Hangzhou, Chongqing, Xi'an, Changsha, Qingdao, Xiamen: returnees' ordinary origins. */
    private static final List<String> ORDINARY = List.of("310100", "440100", "330100", "500100", "610100", "430100",
            "370200", "350200");
    /** Huanggang (high), Xiaogan and Wenzhou (medium), as in February 2020. */
    private static final Map<String, String> RISK = linked("421100", "HIGH", "420900", "MEDIUM", "330300", "MEDIUM");

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StatusEngine engine;
    private final ManualStatus manual;
    private final Clock clock;
    private final DemoHealthProperties settings;
    private final long seed;
    private final ZoneId zone;

    DemoHealthData(JdbcClient db, JdbcTemplate jdbc, PlatformTransactionManager transactions, StatusEngine engine,
            ManualStatus manual, Clock clock, DemoHealthProperties settings,
            @Value("${gxq.demo.seed:20200228}") long seed, @Value("${gxq.display-zone:Asia/Shanghai}") String zone) {
        this.db = db;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.engine = engine;
        this.manual = manual;
        this.clock = clock;
        this.settings = settings;
        this.seed = seed;
        this.zone = ZoneId.of(zone);
    }

    /** What was written, for the log line and the test. */
    record Summary(int declarations, int days, long declaredToday, long active, long green, long yellow, long red,
            long alerts, int riskEntries, int checkpoints, int scans, int overrides, long millis) {
    }

    /** After the application runners, i.e. after the demo generator. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100) // before the zone reports (gxq.report), which freeze these figures
    void onReady() {
        if (!settings.enabled()) {
            log.info("Demo health data: off (gxq.demo.health.enabled=false)");
            return;
        }
        try {
            populateIfEmpty();
        } catch (RuntimeException e) {
            log.error("Demo health data could not be written (nothing was kept)", e);
        }
    }

    Optional<Summary> populateIfEmpty() {
        long active = count("select count(*) from employee where status = 'ACTIVE'");
        long declarations = count("select count(*) from health_declaration");
        if (active == 0 || declarations > 0) {
            log.info("Demo health data: {} active employees, {} declarations already; nothing written", active,
                    declarations);
            return Optional.empty();
        }
        long started = System.nanoTime();
        Summary s = tx.execute(status -> populate(started));
        log.info("Demo health data: {} declarations over {} days ({} of {} active employees declared today, {} %), "
                        + "statuses {} green / {} yellow / {} red, {} alerts, {} city risk entries, {} checkpoints, "
                        + "{} gate scans today, {} staff override(s), in {} ms",
                s.declarations(), s.days(), s.declaredToday(), s.active(),
                String.format(Locale.ROOT, "%.1f", 100.0 * s.declaredToday() / s.active()), s.green(), s.yellow(),
                s.red(), s.alerts(), s.riskEntries(), s.checkpoints(), s.scans(), s.overrides(), s.millis());
        return Optional.of(s);
    }

    private Summary populate(long started) {
        LocalDate today = engine.today();
        Instant now = clock.instant();
        int days = settings.days();

        // the roster, zone by zone in the order the demo generator wrote them
        Map<Long, Long> ownAccount = new HashMap<>();
        db.sql("""
                select employee_id, min(id) from app_user where employee_id is not null and enabled group by employee_id
                """).query(rs -> { ownAccount.put(rs.getLong(1), rs.getLong(2)); });
        Map<Long, Long> entAdmin = new HashMap<>();
        db.sql("""
                select enterprise_id, min(id) from app_user
                where role = 'ENTERPRISE_ADMIN' and enterprise_id is not null and enabled group by enterprise_id
                """).query(rs -> { entAdmin.put(rs.getLong(1), rs.getLong(2)); });
        Map<Long, List<Person>> byZone = new LinkedHashMap<>();
        db.sql("select id, enterprise_id, zone_id from employee where status = 'ACTIVE' order by id").query(rs -> {
            long id = rs.getLong(1);
            long ent = rs.getLong(2);
            Long own = ownAccount.get(id);
            byZone.computeIfAbsent(rs.getLong(3), z -> new ArrayList<>())
                    .add(new Person(id, ent, rs.getLong(3), own != null,
                            own != null ? own : entAdmin.getOrDefault(ent, 0L)));
        });
        Map<Long, String> homeCity = new HashMap<>();
        db.sql("select id, city_code from zone").query(rs -> { homeCity.put(rs.getLong(1), rs.getString(2)); });

        int riskEntries = cityRisks(today, homeCity, byZone.keySet());
        List<String> known = db.sql("select code from region where level = 2").query(String.class).list();
        List<String> zoneCities = byZone.keySet().stream().map(homeCity::get).toList();
        List<String> medium = riskCities("MEDIUM", known, zoneCities);
        List<String> high = riskCities("HIGH", known, zoneCities);

        List<PersonPlan> plans = new ArrayList<>();
        Map<Long, List<PersonPlan>> plansByZone = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Person>> z : byZone.entrySet()) {
            String home = homeCity.get(z.getKey());
            List<String> ordinary = ORDINARY.stream().filter(known::contains).filter(c -> !c.equals(home)).toList();
            List<PersonPlan> zonePlans = DemoHealthPlan.forZone(z.getValue(), new Cities(home, ordinary, medium, high),
                    today, days, settings.declaredTodayPercent(), new SplittableRandom(seed * 1_000_003L + z.getKey()));
            plansByZone.put(z.getKey(), zonePlans);
            plans.addAll(zonePlans);
        }

        Map<Long, Instant> declaredTodayAt = new HashMap<>();
        int declarations = insertDeclarations(plans, homeCity, today, now, declaredTodayAt);
        recompute(plans, today, days);

        int overrides = override(plansByZone, today);
        int[] gates = gates(plansByZone, entAdmin, declaredTodayAt, today, now);

        Map<String, Long> colours = new HashMap<>();
        db.sql("select colour, count(*) from health_status group by colour")
                .query(rs -> { colours.put(rs.getString(1), rs.getLong(2)); });
        return new Summary(declarations, days, declaredTodayAt.size(), plans.size(),
                colours.getOrDefault(Colour.GREEN.name(), 0L), colours.getOrDefault(Colour.YELLOW.name(), 0L),
                colours.getOrDefault(Colour.RED.name(), 0L), count("select count(*) from health_alert"), riskEntries,
                gates[0], gates[1], overrides, (System.nanoTime() - started) / 1_000_000);
    }

    /** National entries for the risk cities that are no demo zone's own city and have no national entry yet. */
    private int cityRisks(LocalDate today, Map<Long, String> homeCity, Collection<Long> zones) {
        List<String> zoneCities = zones.stream().map(homeCity::get).toList();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int n = 0;
        for (Map.Entry<String, String> r : RISK.entrySet()) {
            boolean usable = !zoneCities.contains(r.getKey())
                    && count("select count(*) from region where code = ? and level = 2", r.getKey()) == 1
                    && count("select count(*) from city_risk where city_code = ? and zone_id is null", r.getKey()) == 0;
            if (usable) {
                db.sql("""
                        insert into city_risk (city_code, zone_id, level, valid_from, valid_to, note, created_by,
                            created_at, updated_at)
                        values (:city, null, :level, :from, null, :note, null, :now, :now)
                        """).param("city", r.getKey()).param("level", r.getValue()).param("from", today.minusDays(30))
                        .param("note", RISK_NOTE).param("now", now).update();
                n++;
            }
        }
        engine.forgetCityRisks();
        return n;
    }

    private List<String> riskCities(String level, List<String> known, List<String> zoneCities) {
        return RISK.entrySet().stream().filter(e -> e.getValue().equals(level)).map(Map.Entry::getKey)
                .filter(known::contains).filter(c -> !zoneCities.contains(c)).toList();
    }

    private int insertDeclarations(List<PersonPlan> plans, Map<Long, String> homeCity, LocalDate today, Instant now,
            Map<Long, Instant> declaredTodayAt) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> visits = new ArrayList<>();
        for (PersonPlan plan : plans) {
            Person p = plan.person();
            for (Day d : plan.days()) {
                Instant at = at(d.date(), d.at(), today, now, p.employeeId());
                if (d.date().equals(today)) {
                    declaredTodayAt.put(p.employeeId(), at);
                }
                OffsetDateTime t = at.atOffset(ZoneOffset.UTC);
                rows.add(new Object[] {p.employeeId(), p.enterpriseId(), p.zoneId(), d.date(), d.temperature(),
                    d.symptoms().isEmpty() ? null : String.join(",", d.symptoms()), homeCity.get(p.zoneId()),
                    d.contact(), d.returned(), d.returnFrom(), d.returnDate(), p.declaredBy(), !p.hasLogin(), t, t});
                if (d.visitedOn() != null) {
                    visits.add(new Object[] {d.returnFrom(), d.visitedOn(), p.employeeId(), d.date()});
                }
            }
        }
        int[] types = {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DATE, Types.NUMERIC, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.DATE, Types.BIGINT, Types.BOOLEAN,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE};
        for (int i = 0; i < rows.size(); i += 1000) {
            jdbc.batchUpdate("""
                    insert into health_declaration (employee_id, enterprise_id, zone_id, declared_on, temperature,
                        symptoms, current_city, contact, returned, return_from_city, return_date, declared_by, proxy,
                        created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows.subList(i, Math.min(rows.size(), i + 1000)), types);
        }
        if (!visits.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into health_declaration_visit (declaration_id, city_code, visited_on)
                    select id, ?, ? from health_declaration where employee_id = ? and declared_on = ?
                    """, visits, new int[] {Types.VARCHAR, Types.DATE, Types.BIGINT, Types.DATE});
        }
        return rows.size();
    }

    /** When a declaration was made: its planned local time, but today never later than a little before now. */
    private Instant at(LocalDate day, LocalTime time, LocalDate today, Instant now, long employeeId) {
        Instant planned = day.atTime(time).atZone(zone).toInstant();
        if (!day.equals(today) || planned.isBefore(now.minusSeconds(60))) {
            return planned;
        }
        Instant start = today.atStartOfDay(zone).toInstant();
        Instant earlier = now.minusSeconds(60 + Math.floorMod(employeeId * 7919, 3600));
        return earlier.isAfter(start) ? earlier : start.plusSeconds(Math.floorMod(employeeId, 60));
    }

    /**
     * Day by day, the engine decides each person's colour as a declaration that day would have. Then history lines
     * and alerts of that day move to the time of the declaration that caused them.
     */
    private void recompute(List<PersonPlan> plans, LocalDate today, int days) {
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            long alertMark = count("select coalesce(max(id), 0) from health_alert");
            long changeMark = count("select coalesce(max(id), 0) from health_status_change");
            for (PersonPlan plan : plans) {
                Day d = dayOf(plan, day);
                boolean last = d != null && plan.days().get(plan.days().size() - 1) == d;
                if (d != null && (plan.kind() != Kind.NORMAL || last)) {
                    Person p = plan.person();
                    engine.recompute(new StatusEngine.Subject(p.employeeId(), p.enterpriseId(), p.zoneId()), day,
                            Trigger.declaration(p.declaredBy(), d.temperature(), false));
                }
            }
            db.sql("""
                    update health_alert set raised_at = (select d.created_at from health_declaration d
                        where d.employee_id = health_alert.employee_id and d.declared_on = :day)
                    where id > :mark
                    """).param("day", day).param("mark", alertMark).update();
            db.sql("""
                    update health_status_change set changed_at = (select d.created_at from health_declaration d
                        where d.employee_id = health_status_change.employee_id and d.declared_on = :day)
                    where id > :mark
                    """).param("day", day).param("mark", changeMark).update();
            db.sql("""
                    update health_status set since = (select max(c.changed_at) from health_status_change c
                        where c.employee_id = health_status.employee_id)
                    where employee_id in (select c.employee_id from health_status_change c where c.id > :mark)
                    """).param("mark", changeMark).update();
        }
        // green from the first declaration, not from the moment this ran
        db.sql("""
                update health_status set since = (select min(d.created_at) from health_declaration d
                    where d.employee_id = health_status.employee_id)
                where sequence = 0 and exists (select 1 from health_declaration d
                    where d.employee_id = health_status.employee_id)
                """).update();
    }

    private static Day dayOf(PersonPlan plan, LocalDate day) {
        for (Day d : plan.days()) {
            if (d.date().equals(day)) {
                return d;
            }
        }
        return null;
    }

    /** A zone staff member of the first zone puts one green person who declared today on yellow for a week. */
    private int override(Map<Long, List<PersonPlan>> plansByZone, LocalDate today) {
        if (plansByZone.isEmpty()) {
            return 0;
        }
        long zoneId = plansByZone.keySet().iterator().next();
        Optional<PersonPlan> who = plansByZone.get(zoneId).stream()
                .filter(p -> p.kind() == Kind.NORMAL && !p.person().hasLogin() && p.declaredOn(today)).findFirst();
        Optional<GxqUser> staff = db.sql("""
                select id, username, display_name, role from app_user
                where zone_id = :zone and enterprise_id is null and role in ('ZONE_STAFF', 'ZONE_ADMIN') and enabled
                order by case role when 'ZONE_STAFF' then 0 else 1 end, id
                """).param("zone", zoneId).query((rs, n) -> new GxqUser(rs.getLong("id"), rs.getString("username"),
                        null, rs.getString("display_name"), Role.valueOf(rs.getString("role")), zoneId, null, null,
                        true, null, false)).list().stream().findFirst();
        if (who.isEmpty() || staff.isEmpty()) {
            return 0;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asStaff = SecurityContextHolder.createEmptyContext();
        asStaff.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff.get(), null,
                staff.get().getAuthorities()));
        SecurityContextHolder.setContext(asStaff);
        try {
            manual.setOverride(staff.get().scope(), who.get().person().employeeId(), Colour.YELLOW.name(),
                    OVERRIDE_REASON, today.plusDays(6));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return 1;
    }

    /**
     * Checkpoints and today's scans. Returns {checkpoints, scans}. People who declared today go through a zone gate
     * 20–80 minutes after declaring (about half of them); green ones are admitted (a few turned back with fever
     * measured at the gate), yellow and red ones refused. Staff of the first enterprise then pass its own gate; some go
     * out for lunch and back. Nothing is scanned later than now.
     */
    private int[] gates(Map<Long, List<PersonPlan>> plansByZone, Map<Long, Long> entAdmin,
            Map<Long, Instant> declaredTodayAt, LocalDate today, Instant now) {
        Map<Long, String[]> status = new HashMap<>(); // employee -> {subject, effective colour}
        db.sql("select employee_id, subject, colour, override_colour, override_until from health_status").query(rs -> {
            String colour = rs.getString("colour");
            String override = rs.getString("override_colour");
            LocalDate until = rs.getObject("override_until", LocalDate.class);
            boolean inForce = override != null && (until == null || !until.isBefore(today));
            status.put(rs.getLong("employee_id"), new String[] {rs.getString("subject"), inForce ? override : colour});
        });
        Map<Long, Long> guards = new HashMap<>();
        db.sql("""
                select zone_id, min(id) from app_user
                where role = 'GATE_GUARD' and enterprise_id is null and zone_id is not null and enabled group by zone_id
                """).query(rs -> { guards.put(rs.getLong(1), rs.getLong(2)); });
        OffsetDateTime created = now.atOffset(ZoneOffset.UTC);
        int checkpoints = 0;
        List<Object[]> scans = new ArrayList<>();
        boolean firstZone = true;
        for (Map.Entry<Long, List<PersonPlan>> z : plansByZone.entrySet()) {
            long zoneId = z.getKey();
            long east = checkpoint(zoneId, null, "东门", "园区东侧主入口", created);
            long west = checkpoint(zoneId, null, "西门", "园区西侧入口", created);
            long firstEnterprise = z.getValue().stream().mapToLong(p -> p.person().enterpriseId()).min().orElse(-1);
            long gate = checkpoint(zoneId, firstEnterprise, "正门", "企业正门", created);
            checkpoints += 3;
            Long guard = guards.get(zoneId);
            SplittableRandom random = new SplittableRandom(seed * 7_919L + zoneId);
            for (PersonPlan plan : z.getValue()) {
                Person p = plan.person();
                Instant declared = declaredTodayAt.get(p.employeeId());
                String[] s = status.get(p.employeeId());
                int roll = random.nextInt(100);
                if (declared == null || s == null) {
                    continue;
                }
                boolean green = Colour.GREEN.name().equals(s[1]);
                if (green ? roll >= 45 : !firstZone && roll >= 50) {
                    continue;
                }
                Instant in = declared.plusSeconds(60L * (20 + random.nextInt(60)) + random.nextInt(60));
                if (!in.isBefore(now)) {
                    continue;
                }
                long checkpoint = random.nextInt(100) < 60 ? east : west;
                boolean feverAtGate = green && random.nextInt(150) == 0;
                BigDecimal t = feverAtGate ? BigDecimal.valueOf(373 + random.nextInt(6), 1)
                        : BigDecimal.valueOf(360 + random.nextInt(9), 1);
                String outcome = !green ? "NOT_GREEN" : feverAtGate ? "FEVER_AT_GATE" : "ADMITTED";
                scans.add(scan(checkpoint, zoneId, null, p, s, outcome, t, "IN", guard, in));
                if (!outcome.equals("ADMITTED")) {
                    continue;
                }
                Long admin = entAdmin.get(p.enterpriseId());
                Instant atGate = in.plusSeconds(60L * (3 + random.nextInt(8)));
                if (p.enterpriseId() == firstEnterprise && admin != null && atGate.isBefore(now)) {
                    scans.add(scan(gate, zoneId, firstEnterprise, p, s, "ADMITTED", null, "IN", admin, atGate));
                }
                if (random.nextInt(100) < 25) { // lunch outside
                    Instant out = today.atTime(11, 45).atZone(zone).toInstant().plusSeconds(random.nextInt(1800));
                    Instant back = out.plusSeconds(60L * (45 + random.nextInt(30)));
                    if (out.isAfter(in) && out.isBefore(now)) {
                        scans.add(scan(checkpoint, zoneId, null, p, s, "ADMITTED", null, "OUT", guard, out));
                    }
                    if (out.isAfter(in) && back.isBefore(now)) {
                        scans.add(scan(checkpoint, zoneId, null, p, s, "ADMITTED",
                                BigDecimal.valueOf(360 + random.nextInt(9), 1), "IN", guard, back));
                    }
                }
            }
            firstZone = false;
        }
        if (!scans.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into gate_scan (checkpoint_id, zone_id, enterprise_id, employee_id, subject, colour_in_code,
                        colour_now, outcome, temperature, direction, guard_id, device_id, scanned_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)
                    """, scans, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.BIGINT,
                        Types.TIMESTAMP_WITH_TIMEZONE});
        }
        return new int[] {checkpoints, scans.size()};
    }

    private static Object[] scan(long checkpoint, long zoneId, Long enterpriseId, Person p, String[] status,
            String outcome, BigDecimal temperature, String direction, Long guard, Instant at) {
        return new Object[] {checkpoint, zoneId, enterpriseId, p.employeeId(), status[0], status[1], status[1], outcome,
            temperature, direction, guard, at.atOffset(ZoneOffset.UTC)};
    }

    private long checkpoint(long zoneId, Long enterpriseId, String name, String location, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into checkpoint (zone_id, enterprise_id, name, location, active, created_at)
                values (:zone, :ent, :name, :loc, true, :now)
                """).param("zone", zoneId).param("ent", enterpriseId).param("name", name).param("loc", location)
                .param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
