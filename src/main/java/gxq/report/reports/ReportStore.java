package gxq.report.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The report tables (V29). Transitions are conditional updates on id, state and version: one of two racers wins. */
@Repository
class ReportStore {

    record Question(long id, int position, String text) {
    }

    record Form(long id, String name, String description, PeriodKind kind, int deadlineDays, int version,
            List<Question> questions, long periods) {
    }

    record Period(long id, long formId, String formName, LocalDate start, LocalDate end, Instant deadline,
            Instant openedAt, Instant closedAt, int version) {

        public boolean closed() {
            return closedAt != null;
        }
    }

    record Report(long id, long periodId, long zoneId, ReportState state, String problems, String needs,
            String practices, int version, Instant submittedAt, String submittedByName, int submissions,
            Instant returnedAt, String returnComment, Instant acceptedAt, String acceptedByName, ReportFigures figures,
            Map<Long, String> answers) {

        public Standing standing() {
            return Standing.of(state);
        }
    }

    record HistoryLine(String action, String actorName, Instant at, String comment) {
    }

    private final JdbcClient db;

    ReportStore(JdbcClient db) {
        this.db = db;
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    // ---- forms ----

    long insertForm(String name, String description, PeriodKind kind, int days, long by, Instant now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into report_form (name, description, period_kind, deadline_days, created_by, created_at,
                    updated_at, version) values (:name, :d, :kind, :days, :by, :now, :now, 0)
                """).param("name", name).param("d", description).param("kind", kind.name()).param("days", days)
                .param("by", by).param("now", utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean updateForm(long id, int version, String name, String description, PeriodKind kind, int days, Instant now) {
        return db.sql("""
                update report_form set name = :name, description = :d, period_kind = :kind, deadline_days = :days,
                    updated_at = :now, version = version + 1 where id = :id and version = :v
                """).param("name", name).param("d", description).param("kind", kind.name()).param("days", days)
                .param("now", utc(now)).param("id", id).param("v", version).update() == 1;
    }

    void replaceQuestions(long formId, List<String> texts) {
        db.sql("delete from report_form_question where form_id = :f").param("f", formId).update();
        int pos = 1;
        for (String t : texts) {
            db.sql("insert into report_form_question (form_id, position, text) values (:f, :p, :t)")
                    .param("f", formId).param("p", pos++).param("t", t).update();
        }
    }

    private static final String FORM = """
            select f.*, (select count(*) from report_period p where p.form_id = f.id) as periods from report_form f
            """;

    Optional<Form> form(long id) {
        return db.sql(FORM + " where f.id = :id").param("id", id).query((rs, n) -> form(rs)).optional();
    }

    /** Every form, latest first, with its questions (two queries). */
    List<Form> forms() {
        Map<Long, List<Question>> questions = new HashMap<>();
        db.sql("select form_id, id, position, text from report_form_question order by form_id, position")
                .query((rs, n) -> questions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Question(rs.getLong(2), rs.getInt(3), rs.getString(4)))).list();
        return db.sql(FORM + " order by f.id desc")
                .query((rs, n) -> form(rs, questions.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    private Form form(ResultSet rs) throws SQLException {
        return form(rs, questions(rs.getLong("id")));
    }

    private static Form form(ResultSet rs, List<Question> questions) throws SQLException {
        return new Form(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("deadline_days"), rs.getInt("version"),
                questions, rs.getLong("periods"));
    }

    List<Question> questions(long formId) {
        return db.sql("select id, position, text from report_form_question where form_id = :f order by position")
                .param("f", formId).query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    // ---- periods ----

    long insertPeriod(long formId, LocalDate start, LocalDate end, Instant deadline, long by, Instant now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into report_period (form_id, start_day, end_day, deadline_at, opened_by, opened_at, version)
                values (:f, :s, :e, :d, :by, :now, 0)
                """).param("f", formId).param("s", start).param("e", end).param("d", utc(deadline)).param("by", by)
                .param("now", utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean periodStartTaken(long formId, LocalDate start) {
        return db.sql("select count(*) from report_period where form_id = :f and start_day = :s").param("f", formId)
                .param("s", start).query(Long.class).single() > 0;
    }

    Optional<LocalDate> latestEnd(long formId) {
        return db.sql("select max(end_day) from report_period where form_id = :f").param("f", formId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).optional().filter(d -> d != null);
    }

    boolean closePeriod(long id, int version, long by, Instant now) {
        return db.sql("""
                update report_period set closed_by = :by, closed_at = :now, version = version + 1
                where id = :id and version = :v and closed_at is null
                """).param("by", by).param("now", utc(now)).param("id", id).param("v", version).update() == 1;
    }

    private static final String PERIOD = """
            select p.*, f.name as form_name from report_period p join report_form f on f.id = p.form_id
            """;

    Optional<Period> period(long id) {
        return db.sql(PERIOD + " where p.id = :id").param("id", id).query(ReportStore::period).optional();
    }

    /** The periods with the given ids, by id (one query). */
    Map<Long, Period> periods(java.util.Collection<Long> ids) {
        Map<Long, Period> m = new HashMap<>();
        if (!ids.isEmpty()) {
            db.sql(PERIOD + " where p.id in (:ids)").param("ids", List.copyOf(ids))
                    .query(ReportStore::period).list().forEach(p -> m.put(p.id(), p));
        }
        return m;
    }

    /** Periods, latest first; {@code openOnly}: those not closed. */
    List<Period> periods(boolean openOnly, int limit) {
        return db.sql(PERIOD + (openOnly ? " where p.closed_at is null" : "")
                + " order by p.start_day desc, p.id desc limit :limit").param("limit", limit)
                .query(ReportStore::period).list();
    }

    /**
     * The open period a national view shows: of those already started on {@code today}, the one that started last;
     * without any, the next one to start. A period opened in advance does not hide the running one.
     */
    Optional<Period> currentOpen(LocalDate today) {
        Optional<Period> started = db.sql(PERIOD + " where p.closed_at is null and p.start_day <= :today"
                + " order by p.start_day desc, p.id desc limit 1").param("today", today).query(ReportStore::period)
                .optional();
        if (started.isPresent()) {
            return started;
        }
        return db.sql(PERIOD + " where p.closed_at is null order by p.start_day, p.id limit 1")
                .query(ReportStore::period).optional();
    }

    private static Period period(ResultSet rs, int n) throws SQLException {
        return new Period(rs.getLong("id"), rs.getLong("form_id"), rs.getString("form_name"),
                rs.getObject("start_day", LocalDate.class), rs.getObject("end_day", LocalDate.class),
                instant(rs, "deadline_at"), instant(rs, "opened_at"), instant(rs, "closed_at"), rs.getInt("version"));
    }

    // ---- reports ----

    private static final String REPORT = """
            select r.*, su.display_name as submitted_by_name, au.display_name as accepted_by_name from zone_report r
            left join app_user su on su.id = r.submitted_by left join app_user au on au.id = r.accepted_by
            """;

    Optional<Report> report(long periodId, long zoneId) {
        return db.sql(REPORT + " where r.period_id = :p and r.zone_id = :z").param("p", periodId).param("z", zoneId)
                .query((rs, n) -> report(rs, true)).optional();
    }

    Optional<Report> report(long id) {
        return db.sql(REPORT + " where r.id = :id").param("id", id).query((rs, n) -> report(rs, true)).optional();
    }

    /** Every report of a period by zone (without extra answers). */
    Map<Long, Report> reportsOf(long periodId) {
        Map<Long, Report> m = new HashMap<>();
        db.sql(REPORT + " where r.period_id = :p").param("p", periodId)
                .query((rs, n) -> m.put(rs.getLong("zone_id"), report(rs, false))).list();
        return m;
    }

    /** The extra answers of every report of a period: report id → question id → answer. */
    Map<Long, Map<Long, String>> answersOf(long periodId) {
        Map<Long, Map<Long, String>> m = new HashMap<>();
        db.sql("""
                select a.report_id, a.question_id, a.answer from zone_report_answer a
                join zone_report r on r.id = a.report_id where r.period_id = :p
                """).param("p", periodId).query((rs, n) -> m.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                .put(rs.getLong(2), rs.getString(3))).list();
        return m;
    }

    /** The zone's reports, latest period first. */
    List<Report> reportsOfZone(long zoneId, int limit) {
        return db.sql(REPORT + " join report_period p on p.id = r.period_id where r.zone_id = :z"
                + " order by p.start_day desc, r.id desc limit :limit").param("z", zoneId).param("limit", limit)
                .query((rs, n) -> report(rs, false)).list();
    }

    private Report report(ResultSet rs, boolean withAnswers) throws SQLException {
        long id = rs.getLong("id");
        LocalDate day = rs.getObject("f_day", LocalDate.class);
        ReportFigures f = day == null ? null : new ReportFigures(day, rs.getLong("f_enterprises"),
                rs.getLong("f_resumed"), rs.getLong("f_reported"), rs.getLong("f_total_staff"), rs.getLong("f_on_duty"),
                rs.getBigDecimal("f_resumption_rate"), rs.getBigDecimal("f_staff_rate"),
                rs.getBigDecimal("f_capacity_rate"), rs.getLong("f_employees"), rs.getLong("f_green"),
                rs.getLong("f_yellow"), rs.getLong("f_red"), rs.getLong("f_no_status"), rs.getLong("f_declared"),
                rs.getLong("f_observation"), rs.getLong("f_open_alerts"), rs.getLong("f_cases_raised"),
                rs.getLong("f_cases_solved"), rs.getLong("f_cases_open"), rs.getLong("f_cases_overdue"),
                rs.getLong("f_cases_escalated"), rs.getLong("f_cases_rated"), rs.getBigDecimal("f_satisfaction"));
        Map<Long, String> answers = withAnswers ? answers(id) : Map.of();
        return new Report(id, rs.getLong("period_id"), rs.getLong("zone_id"), ReportState.valueOf(rs.getString("state")),
                rs.getString("problems"), rs.getString("needs"), rs.getString("practices"), rs.getInt("version"),
                instant(rs, "submitted_at"), rs.getString("submitted_by_name"), rs.getInt("submissions"),
                instant(rs, "returned_at"), rs.getString("return_comment"), instant(rs, "accepted_at"),
                rs.getString("accepted_by_name"), f, answers);
    }

    Map<Long, String> answers(long reportId) {
        Map<Long, String> m = new LinkedHashMap<>();
        db.sql("select question_id, answer from zone_report_answer where report_id = :r").param("r", reportId)
                .query((rs, n) -> m.put(rs.getLong(1), rs.getString(2))).list();
        return m;
    }

    /** A new draft; empty when the period is closed (checked in the insert itself, as a close may just have run). */
    java.util.OptionalLong insertReport(long periodId, long zoneId, String problems, String needs, String practices,
            long by, Instant now) {
        var keys = new GeneratedKeyHolder();
        int n = db.sql("""
                insert into zone_report (period_id, zone_id, state, problems, needs, practices, created_by, created_at,
                    updated_by, updated_at, submissions, version)
                select p.id, :z, 'DRAFT', :pr, :ne, :pa, :by, :now, :by, :now, 0, 0 from report_period p
                where p.id = :p and p.closed_at is null
                """).param("p", periodId).param("z", zoneId).param("pr", problems).param("ne", needs)
                .param("pa", practices).param("by", by).param("now", utc(now)).update(keys, "id");
        return n == 1 ? java.util.OptionalLong.of(keys.getKeyAs(Number.class).longValue()) : java.util.OptionalLong.empty();
    }

    /**
     * Saves the texts of an editable report at this version in an open period; the state stays (DRAFT or RETURNED).
     * The transitions check the period in the statement itself, so a close that commits after the service looked at
     * the period still stops them.
     */
    boolean saveTexts(long id, int version, String problems, String needs, String practices, long by, Instant now) {
        return db.sql("""
                update zone_report set problems = :pr, needs = :ne, practices = :pa, updated_by = :by,
                    updated_at = :now, version = version + 1
                where id = :id and version = :v and state in ('DRAFT', 'RETURNED')
                    and exists (select 1 from report_period p where p.id = zone_report.period_id and p.closed_at is null)
                """).param("pr", problems).param("ne", needs).param("pa", practices).param("by", by)
                .param("now", utc(now)).param("id", id).param("v", version).update() == 1;
    }

    void saveAnswers(long reportId, Map<Long, String> answers) {
        db.sql("delete from zone_report_answer where report_id = :r").param("r", reportId).update();
        for (var e : answers.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                db.sql("insert into zone_report_answer (report_id, question_id, answer) values (:r, :q, :a)")
                        .param("r", reportId).param("q", e.getKey()).param("a", e.getValue()).update();
            }
        }
    }

    /** DRAFT/RETURNED → SUBMITTED with the figures frozen; the version just written by the save. */
    boolean submit(long id, int version, ReportFigures f, long by, Instant now) {
        return db.sql("""
                update zone_report set state = 'SUBMITTED', submitted_by = :by, submitted_at = :now,
                    submissions = submissions + 1, updated_by = :by, updated_at = :now, version = version + 1,
                    f_day = :day, f_enterprises = :ent, f_resumed = :res, f_reported = :rep, f_total_staff = :ts,
                    f_on_duty = :od, f_resumption_rate = :rr, f_staff_rate = :sr, f_capacity_rate = :cr,
                    f_employees = :emp, f_green = :g, f_yellow = :y, f_red = :red, f_no_status = :ns,
                    f_declared = :dec, f_observation = :obs, f_open_alerts = :al, f_cases_raised = :cra,
                    f_cases_solved = :cso, f_cases_open = :cop, f_cases_overdue = :cov, f_cases_escalated = :ces,
                    f_cases_rated = :crt, f_satisfaction = :sat
                where id = :id and version = :v and state in ('DRAFT', 'RETURNED')
                    and exists (select 1 from report_period p where p.id = zone_report.period_id and p.closed_at is null)
                """).param("by", by).param("now", utc(now)).param("day", f.day()).param("ent", f.enterprises())
                .param("res", f.resumed()).param("rep", f.reported()).param("ts", f.totalStaff())
                .param("od", f.onDuty()).param("rr", f.resumptionRate()).param("sr", f.staffRate())
                .param("cr", f.capacityRate()).param("emp", f.employees()).param("g", f.green())
                .param("y", f.yellow()).param("red", f.red()).param("ns", f.noStatus()).param("dec", f.declared())
                .param("obs", f.observation()).param("al", f.openAlerts()).param("cra", f.casesRaised())
                .param("cso", f.casesSolved()).param("cop", f.casesOpen()).param("cov", f.casesOverdue())
                .param("ces", f.casesEscalated()).param("crt", f.casesRated()).param("sat", f.satisfaction())
                .param("id", id).param("v", version).update() == 1;
    }

    boolean returnReport(long id, int version, String comment, long by, Instant now) {
        return db.sql("""
                update zone_report set state = 'RETURNED', returned_by = :by, returned_at = :now,
                    return_comment = :c, version = version + 1
                where id = :id and version = :v and state = 'SUBMITTED'
                    and exists (select 1 from report_period p where p.id = zone_report.period_id and p.closed_at is null)
                """).param("by", by).param("now", utc(now)).param("c", comment).param("id", id).param("v", version)
                .update() == 1;
    }

    boolean accept(long id, int version, long by, Instant now) {
        return db.sql("""
                update zone_report set state = 'ACCEPTED', accepted_by = :by, accepted_at = :now, version = version + 1
                where id = :id and version = :v and state = 'SUBMITTED'
                """).param("by", by).param("now", utc(now)).param("id", id).param("v", version).update() == 1;
    }

    void history(long reportId, long zoneId, String action, long actor, String actorName, Instant now,
            String comment, int version) {
        db.sql("""
                insert into zone_report_history (report_id, zone_id, action, actor_id, actor_name, at, comment, version)
                values (:r, :z, :a, :actor, :name, :now, :c, :v)
                """).param("r", reportId).param("z", zoneId).param("a", action).param("actor", actor)
                .param("name", actorName).param("now", utc(now)).param("c", comment).param("v", version).update();
    }

    List<HistoryLine> history(long reportId) {
        return db.sql("select action, actor_name, at, comment from zone_report_history where report_id = :r"
                + " order by at, id").param("r", reportId)
                .query((rs, n) -> new HistoryLine(rs.getString(1), rs.getString(2), instant(rs, "at"),
                        rs.getString(4))).list();
    }

    // ---- attention and national ----

    /** Per open period: zones whose report is SUBMITTED (awaiting review) and zones with reports past the deadline. */
    long submittedInOpenPeriods() {
        return db.sql("""
                select count(*) from zone_report r join report_period p on p.id = r.period_id
                where p.closed_at is null and r.state = 'SUBMITTED'
                """).query(Long.class).single();
    }

    /** Zones × open periods past their deadline without a report submitted or accepted. */
    long overdueInOpenPeriods(Instant now, long zones) {
        List<long[]> rows = db.sql("""
                select p.id, (select count(*) from zone_report r where r.period_id = p.id
                    and r.state in ('SUBMITTED', 'ACCEPTED')) as done
                from report_period p where p.closed_at is null and p.deadline_at < :now
                """).param("now", utc(now)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        long total = 0;
        for (long[] r : rows) {
            total += Math.max(0, zones - r[1]);
        }
        return total;
    }

    record OpenPeriod(Period period, ReportState state) {
    }

    /** The open periods with the zone's report state (null: none yet), by deadline; two queries. */
    List<OpenPeriod> openForZone(long zoneId) {
        Map<Long, String> states = new HashMap<>();
        db.sql("""
                select r.period_id, r.state from zone_report r join report_period p on p.id = r.period_id
                where r.zone_id = :z and p.closed_at is null
                """).param("z", zoneId).query((rs, n) -> states.put(rs.getLong(1), rs.getString(2))).list();
        List<OpenPeriod> out = new ArrayList<>();
        for (Period p : db.sql(PERIOD + " where p.closed_at is null order by p.deadline_at, p.id")
                .query(ReportStore::period).list()) {
            String s = states.get(p.id());
            out.add(new OpenPeriod(p, s == null ? null : ReportState.valueOf(s)));
        }
        return out;
    }
}
