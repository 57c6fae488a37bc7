package gxq.report.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.ConflictException;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.TextInput;
import gxq.health.HealthFigures;
import gxq.needs.NeedStatistics;
import gxq.org.Zones;
import gxq.report.reports.ReportStore.Form;
import gxq.report.reports.ReportStore.Period;
import gxq.report.reports.ReportStore.Report;
import gxq.resumption.ResumptionFigures;

/**
 * Forms and periods (the ministry), zone reports (zone roles write their own zone's; the ministry reviews submitted
 * ones). Every write is audited in its transaction; transitions are version-checked (409 when stale or the state moved
 * on); bad input is {@link InvalidInput} (422) with nothing changed. Drafts never leave their zone.
 */
@Service
@Transactional
class ReportService {

    static final int TEXT_MAX = 4000;
    static final int COMMENT_MAX = 1000;
    static final int QUESTIONS_MAX = 10;

    private final ReportStore store;
    private final ResumptionFigures resumption;
    private final HealthFigures health;
    private final NeedStatistics needs;
    private final Zones zones;
    private final AuditLog audit;
    private final Clock clock;

    ReportService(ReportStore store, ResumptionFigures resumption, HealthFigures health, NeedStatistics needs,
            Zones zones, AuditLog audit, @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.resumption = resumption;
        this.health = health;
        this.needs = needs;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(PeriodRules.CHINA));
    }

    // ---- forms (ministry) ----

    record FormInput(String name, String description, String kind, String deadlineDays, String questions) {

        List<String> questionLines() {
            List<String> out = new ArrayList<>();
            if (questions != null) {
                for (String line : questions.split("\\R")) {
                    String q = strip(line);
                    if (q != null) {
                        out.add(q);
                    }
                }
            }
            return out;
        }
    }

    long createForm(GxqUser user, FormInput in) {
        ministry(user);
        Valid v = validForm(in);
        long id = store.insertForm(v.name, v.description, v.kind, v.days, user.id(), now());
        store.replaceQuestions(id, in.questionLines());
        audit.record(AuditEntry.of("REPORT_FORM_CREATE", "report_form", id).detail(v.name));
        return id;
    }

    /** Questions can change only while no period of the form was opened (answers refer to them). */
    void updateForm(GxqUser user, long id, String version, FormInput in) {
        ministry(user);
        Form form = store.form(id).orElseThrow(() -> new NotFoundException("report_form", id));
        Valid v = validForm(in);
        List<String> questions = in.questionLines();
        boolean questionsChanged = !questions.equals(form.questions().stream().map(ReportStore.Question::text).toList());
        if (questionsChanged && form.periods() > 0) {
            throw new InvalidInput(List.of(new FieldProblem("questions", "report.form.questionsFixed")));
        }
        if (!store.updateForm(id, version(version), v.name, v.description, v.kind, v.days, now())) {
            throw new ConflictException("report.conflict");
        }
        if (questionsChanged) {
            store.replaceQuestions(id, questions);
        }
        audit.record(AuditEntry.of("REPORT_FORM_EDIT", "report_form", id).detail(v.name));
    }

    private record Valid(String name, String description, PeriodKind kind, int days) {
    }

    private static Valid validForm(FormInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = strip(in.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "report.form.nameRequired"));
        } else if (name.length() > 100) {
            problems.add(new FieldProblem("name", "report.tooLong", 100));
        }
        String description = strip(in.description());
        if (description != null && description.length() > 1000) {
            problems.add(new FieldProblem("description", "report.tooLong", "1000"));
        }
        PeriodKind kind = PeriodKind.parse(in.kind());
        if (kind == null) {
            problems.add(new FieldProblem("kind", "report.form.kindRequired"));
        }
        int days = -1;
        try {
            days = Integer.parseInt(in.deadlineDays() == null ? "" : in.deadlineDays().strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > 60) {
            problems.add(new FieldProblem("deadlineDays", "report.form.deadlineDaysInvalid"));
        }
        List<String> questions = in.questionLines();
        if (questions.size() > QUESTIONS_MAX) {
            problems.add(new FieldProblem("questions", "report.form.tooManyQuestions", QUESTIONS_MAX));
        }
        if (questions.stream().anyMatch(q -> q.length() > 200)) {
            problems.add(new FieldProblem("questions", "report.form.questionTooLong", 200));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Valid(name, description, kind, days);
    }

    @Transactional(readOnly = true)
    List<Form> forms() {
        return store.forms();
    }

    @Transactional(readOnly = true)
    Form form(GxqUser user, long id) {
        ministry(user);
        return store.form(id).orElseThrow(() -> new NotFoundException("report_form", id));
    }

    // ---- periods (ministry) ----

    record PeriodInput(String start, String end, String deadline) {
    }

    /** The proposed next period of a form: days and deadline as form values. */
    @Transactional(readOnly = true)
    PeriodInput proposal(Form form) {
        PeriodRules.Days d = PeriodRules.proposal(form.kind(), today(), store.latestEnd(form.id()).orElse(null));
        return new PeriodInput(d.start().toString(), d.end().toString(),
                PeriodRules.local(PeriodRules.deadline(d.end(), form.deadlineDays())).toString());
    }

    long openPeriod(GxqUser user, long formId, PeriodInput in) {
        return openPeriod(user, formId, in, now());
    }

    /** Opens a period as at {@code at} (the demo data opens last week's period as it was opened then). */
    long openPeriod(GxqUser user, long formId, PeriodInput in, Instant at) {
        ministry(user);
        Form form = store.form(formId).orElseThrow(() -> new NotFoundException("report_form", formId));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = day(in.start(), "start", problems);
        LocalDate end = day(in.end(), "end", problems);
        Instant deadline = null;
        if (in.deadline() != null && !in.deadline().isBlank()) {
            try {
                deadline = LocalDateTime.parse(in.deadline().strip()).atZone(PeriodRules.CHINA).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("deadline", "report.period.badDeadline"));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(PeriodRules.check(start, end, deadline, at));
        }
        if (problems.isEmpty() && store.periodStartTaken(formId, start)) {
            problems.add(new FieldProblem("start", "report.period.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id;
        try {
            id = store.insertPeriod(formId, start, end, deadline, user.id(), at);
        } catch (DuplicateKeyException e) {
            throw new InvalidInput(List.of(new FieldProblem("start", "report.period.duplicate")));
        }
        audit.record(AuditEntry.of("REPORT_PERIOD_OPEN", "report_period", id)
                .detail(form.name() + " " + start + "~" + end + " deadline=" + deadline));
        return id;
    }

    void closePeriod(GxqUser user, long periodId, String version) {
        ministry(user);
        Period p = period(periodId);
        if (!store.closePeriod(p.id(), version(version), user.id(), now())) {
            throw new ConflictException("report.conflict");
        }
        audit.record(AuditEntry.of("REPORT_PERIOD_CLOSE", "report_period", periodId).detail(p.formName()));
    }

    @Transactional(readOnly = true)
    Period period(long id) {
        return store.period(id).orElseThrow(() -> new NotFoundException("report_period", id));
    }

    @Transactional(readOnly = true)
    List<Period> periods(boolean openOnly, int limit) {
        return store.periods(openOnly, limit);
    }

    // ---- zone reports ----

    record Answers(String problems, String needs, String practices, Map<Long, String> extra) {
    }

    /** What a zone role sees of its report of a period (empty: nothing saved yet). */
    @Transactional(readOnly = true)
    Optional<Report> ownReport(GxqUser user, long periodId) {
        long zone = ownZone(user);
        Period p = period(periodId);
        return store.report(p.id(), zone);
    }

    /** The figures the report would freeze now (the draft page shows them live). */
    @Transactional(readOnly = true)
    ReportFigures liveFigures(long zoneId, Period p) {
        LocalDate today = today();
        LocalDate day = p.end().isBefore(today) ? p.end() : today;
        return ReportFigures.of(day, resumption.ofZone(zoneId, day), health.ofZone(zoneId, day),
                needs.ofZone(zoneId, p.start(), p.end()));
    }

    /** Saves the zone's draft (ZONE_ADMIN, ZONE_STAFF); creates it on the first save (version empty). */
    long save(GxqUser user, long periodId, String version, Answers in) {
        long zone = ownZone(user);
        Period p = writable(periodId);
        List<Long> questions = store.questions(p.formId()).stream().map(ReportStore.Question::id).toList();
        List<FieldProblem> problems = lengths(in, questions);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = write(user, zone, p, version, in, questions);
        audit.record(AuditEntry.of("REPORT_SAVE", "zone_report", id).tenant(zone, null).detail(p.formName()));
        return id;
    }

    /** Saves and submits (ZONE_ADMIN only) with the figures of this moment frozen into the report. */
    long submit(GxqUser user, long periodId, String version, Answers in) {
        if (user.role() != Role.ZONE_ADMIN) {
            throw new AccessDeniedException("zone admin submits");
        }
        long zone = ownZone(user);
        Period p = writable(periodId);
        List<Long> questions = store.questions(p.formId()).stream().map(ReportStore.Question::id).toList();
        List<FieldProblem> problems = new ArrayList<>();
        required(in.problems(), "problems", problems);
        required(in.needs(), "needs", problems);
        required(in.practices(), "practices", problems);
        problems.addAll(lengths(in, questions));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = write(user, zone, p, version, in, questions);
        Report r = store.report(id).orElseThrow();
        ReportFigures f = liveFigures(zone, p);
        if (!store.submit(id, r.version(), f, user.id(), now())) {
            throw conflict(p.id());
        }
        store.history(id, zone, "SUBMIT", user.id(), user.displayName(), now(), null, r.version() + 1);
        audit.record(AuditEntry.of("REPORT_SUBMIT", "zone_report", id).tenant(zone, null)
                .detail(p.formName() + " " + p.start() + "~" + p.end() + " figures of " + f.day()));
        return id;
    }

    private long write(GxqUser user, long zone, Period p, String version, Answers in, List<Long> questions) {
        Optional<Report> existing = store.report(p.id(), zone);
        long id;
        if (existing.isEmpty()) {
            if (version != null && !version.isBlank()) {
                throw new ConflictException("report.conflict");
            }
            try {
                id = store.insertReport(p.id(), zone, strip(in.problems()), strip(in.needs()), strip(in.practices()),
                        user.id(), now()).orElseThrow(() -> new ConflictException("report.periodClosed"));
            } catch (DuplicateKeyException e) {
                throw new ConflictException("report.conflict");
            }
        } else {
            Report r = existing.get();
            if (!r.state().editable()) {
                throw new ConflictException("report.notEditable");
            }
            id = r.id();
            if (!store.saveTexts(id, version(version), strip(in.problems()), strip(in.needs()), strip(in.practices()),
                    user.id(), now())) {
                throw conflict(p.id());
            }
        }
        Map<Long, String> answers = new LinkedHashMap<>();
        for (Long q : questions) {
            answers.put(q, strip(in.extra().get(q)));
        }
        store.saveAnswers(id, answers);
        return id;
    }

    void returnReport(GxqUser user, long reportId, String version, String comment) {
        ministry(user);
        Report r = reviewable(reportId);
        String c = strip(comment);
        if (c == null) {
            throw new InvalidInput(List.of(new FieldProblem("comment", "report.review.commentRequired")));
        }
        if (c.length() > COMMENT_MAX) {
            throw new InvalidInput(List.of(new FieldProblem("comment", "report.tooLong", String.valueOf(COMMENT_MAX))));
        }
        Period p = period(r.periodId());
        if (p.closed()) {
            throw new ConflictException("report.periodClosed");
        }
        if (!store.returnReport(r.id(), version(version), c, user.id(), now())) {
            throw conflict(p.id());
        }
        store.history(r.id(), r.zoneId(), "RETURN", user.id(), user.displayName(), now(), c, r.version() + 1);
        audit.record(AuditEntry.of("REPORT_RETURN", "zone_report", r.id()).tenant(r.zoneId(), null).detail(c));
    }

    void accept(GxqUser user, long reportId, String version) {
        ministry(user);
        Report r = reviewable(reportId);
        if (!store.accept(r.id(), version(version), user.id(), now())) {
            throw new ConflictException("report.conflict");
        }
        store.history(r.id(), r.zoneId(), "ACCEPT", user.id(), user.displayName(), now(), null, r.version() + 1);
        audit.record(AuditEntry.of("REPORT_ACCEPT", "zone_report", r.id()).tenant(r.zoneId(), null));
    }

    /** A report the ministry may read: never a draft (404 like a missing one). */
    @Transactional(readOnly = true)
    Report forMinistry(GxqUser user, long periodId, long zoneId) {
        ministry(user);
        period(periodId);
        zones.find(zoneId).orElseThrow(() -> new NotFoundException("zone", zoneId));
        return store.report(periodId, zoneId).filter(r -> r.state() != ReportState.DRAFT).orElse(null);
    }

    @Transactional(readOnly = true)
    List<ReportStore.HistoryLine> history(long reportId) {
        return store.history(reportId);
    }

    private Report reviewable(long reportId) {
        Report r = store.report(reportId).orElseThrow(() -> new NotFoundException("zone_report", reportId));
        if (r.state() == ReportState.DRAFT) {
            throw new NotFoundException("zone_report", reportId);
        }
        return r;
    }

    /** A transition found nothing to change: the period was closed meanwhile, or the report changed. */
    private ConflictException conflict(long periodId) {
        return new ConflictException(period(periodId).closed() ? "report.periodClosed" : "report.conflict");
    }

    private Period writable(long periodId) {
        Period p = period(periodId);
        if (p.closed()) {
            throw new ConflictException("report.periodClosed");
        }
        return p;
    }

    private static List<FieldProblem> lengths(Answers in, List<Long> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        tooLong(in.problems(), "problems", problems);
        tooLong(in.needs(), "needs", problems);
        tooLong(in.practices(), "practices", problems);
        for (Long q : questions) {
            tooLong(in.extra().get(q), "q" + q, problems);
        }
        return problems;
    }

    private static void required(String text, String field, List<FieldProblem> problems) {
        if (strip(text) == null) {
            problems.add(new FieldProblem(field, "report.answer.required." + field));
        }
    }

    private static void tooLong(String text, String field, List<FieldProblem> problems) {
        String s = strip(text);
        if (s != null && s.length() > TEXT_MAX) {
            problems.add(new FieldProblem(field, "report.tooLong", String.valueOf(TEXT_MAX)));
        }
    }

    static long ownZone(GxqUser user) {
        TenantScope scope = user.scope();
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            throw new AccessDeniedException("zone roles only");
        }
        return scope.zoneId();
    }

    static void ministry(GxqUser user) {
        if (!user.scope().isMinistry()) {
            throw new AccessDeniedException("ministry only");
        }
    }

    private static LocalDate day(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "report.period.badDay"));
            return null;
        }
    }

    /** A version from a form; missing or garbled counts as stale. */
    static int version(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new ConflictException("report.conflict");
        }
    }

    /** Trimmed text without NUL characters (PostgreSQL refuses them in text), null when nothing is left. */
    static String strip(String s) {
        return TextInput.clean(s);
    }
}
