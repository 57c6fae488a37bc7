package gxq.resumption.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.org.Enterprises;
import gxq.people.Employees;
import gxq.resumption.internal.DailyStore.Figures;

/**
 * Daily resumption reports (复工日报): an enterprise admin reports once a day for the enterprise (a second save is a
 * correction, version-checked, the replaced values kept); zone roles see who reported on a day and the zone's sums.
 * "Today" is the day in Asia/Shanghai of the {@code healthClock}.
 */
@Service
@Transactional
class DailyService {

    static final int HISTORY_DAYS = 14;
    /** The first day the zone's day page and export show (the last is today); no report is older. */
    static final LocalDate EARLIEST = PlanService.EARLIEST;
    private static final int MAX_DIGITS = 7;

    private final DailyStore store;
    private final Employees employees;
    private final Enterprises enterprises;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DailyService(DailyStore store, Employees employees, Enterprises enterprises, AuditLog audit,
            @Qualifier("healthClock") Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.employees = employees;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the enterprise admin's page shows: today's report, the form, the pre-filled figures and 14 days. */
    record Page(LocalDate day, long totalStaff, long redOrYellow, Optional<DailyReport> today, List<DailyReport> history) {
    }

    @Transactional(readOnly = true)
    Page page(TenantScope scope) {
        long ent = ownEnterprise(scope);
        LocalDate day = today();
        return new Page(day, employees.countActive(ent), store.activeRedOrYellow(scope.zoneId(), ent),
                store.find(ent, day), store.since(ent, day.minusDays(HISTORY_DAYS - 1L)));
    }

    /** A new form is pre-filled with the platform's figure for quarantine; an existing report with its values. */
    DailyForm form(Page page) {
        if (page.today().isPresent()) {
            return DailyForm.of(page.today().get());
        }
        DailyForm f = new DailyForm();
        f.setQuarantine(String.valueOf(page.redOrYellow()));
        return f;
    }

    /**
     * Saves today's report; {@code true} for a first report, {@code false} for a correction. An enterprise that is not
     * ACTIVE (pending the zone's review, or rejected) is refused with {@link DailyRefused}: the indicators count only
     * ACTIVE enterprises.
     */
    boolean save(TenantScope scope, DailyForm form) {
        long ent = ownEnterprise(scope);
        long zone = scope.zoneId();
        if (!active(ent)) {
            throw new DailyRefused("resumption.daily.notActive");
        }
        LocalDate day = today();
        Figures f = validate(form, Math.toIntExact(Math.min(employees.countActive(ent), Integer.MAX_VALUE)));
        Optional<DailyReport> existing = store.find(ent, day);
        if (existing.isEmpty()) {
            if (!blank(form.getVersion())) {
                throw new EditConflict();
            }
            long id;
            try {
                id = store.insert(zone, ent, day, f, scope.userId());
            } catch (DuplicateKeyException e) {
                throw new EditConflict();
            }
            audit.record(AuditEntry.of("RESUMPTION_DAILY_REPORT", "resumption_daily_report", id).tenant(zone, ent)
                    .detail(day + " " + f.describe()));
            events.publishEvent(new DailyReportSaved(zone, ent, day, null, f.published()));
            return true;
        }
        DailyReport old = existing.get();
        Integer version = parseVersion(form.getVersion());
        if (version == null || !store.correct(old, version, f, scope.userId())) {
            throw new EditConflict();
        }
        Figures was = new Figures(old.totalStaff(), old.onDuty(), old.remote(), old.quarantine(), old.notReturned(),
                old.capacityPct());
        audit.record(AuditEntry.of("RESUMPTION_DAILY_CORRECT", "resumption_daily_report", old.id()).tenant(zone, ent)
                .detail(day + " " + f.describe() + " (was " + was.describe() + ", version " + old.version() + ")"));
        events.publishEvent(new DailyReportSaved(zone, ent, day, was.published(), f.published()));
        return false;
    }

    /** Whether the admin's enterprise may report: only an ACTIVE one (not pending the zone's review, not rejected). */
    @Transactional(readOnly = true)
    boolean mayReport(TenantScope scope) {
        return active(ownEnterprise(scope));
    }

    private boolean active(long enterpriseId) {
        return enterprises.find(enterpriseId).map(e -> e.active()).orElse(false);
    }

    /** The zone's sums of one day; {@code rate} is on duty / total staff of the reporting enterprises, in percent. */
    record ZoneDay(LocalDate day, List<DailyZoneRow> rows, int reported, int notReported, long onDuty, long remote,
            long quarantine, long notReturned, long totalStaff, BigDecimal rate) {
    }

    @Transactional(readOnly = true)
    ZoneDay zone(TenantScope scope, LocalDate day) {
        long zone = ownZone(scope);
        List<DailyZoneRow> rows = store.zone(zone, day);
        int reported = 0;
        long onDuty = 0, remote = 0, quarantine = 0, notReturned = 0, total = 0;
        for (DailyZoneRow row : rows) {
            DailyReport r = row.report();
            if (r != null) {
                reported++;
                onDuty += r.onDuty();
                remote += r.remote();
                quarantine += r.quarantine();
                notReturned += r.notReturned();
                total += r.totalStaff();
            }
        }
        BigDecimal rate = total == 0 ? null
                : BigDecimal.valueOf(onDuty * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return new ZoneDay(day, rows, reported, rows.size() - reported, onDuty, remote, quarantine, notReturned, total,
                rate);
    }

    /** One enterprise of the caller's zone: its name and last 14 days; another zone's enterprise is 404. */
    record EnterpriseHistory(long enterpriseId, String name, List<DailyReport> reports) {
    }

    @Transactional(readOnly = true)
    EnterpriseHistory enterprise(TenantScope scope, long enterpriseId) {
        long zone = ownZone(scope);
        String name = store.enterpriseName(zone, enterpriseId)
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        return new EnterpriseHistory(enterpriseId, name, store.since(enterpriseId, today().minusDays(HISTORY_DAYS - 1L)));
    }

    /** What a reminder to one enterprise did. */
    enum Reminded {
        SENT, ALREADY_REMINDED, ALREADY_REPORTED
    }

    /**
     * A zone role reminds one of the zone's active enterprises to send today's report: at most once per enterprise and
     * day (the unique key decides, also between concurrent clicks). Another zone's enterprise is 404.
     */
    Reminded remind(TenantScope scope, String userName, long enterpriseId) {
        long zone = ownZone(scope);
        if (!store.isActiveIn(zone, enterpriseId)) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        LocalDate day = today();
        if (store.find(enterpriseId, day).isPresent()) {
            return Reminded.ALREADY_REPORTED;
        }
        if (!store.remind(zone, enterpriseId, day, scope.userId(), shortName(userName))) {
            return Reminded.ALREADY_REMINDED;
        }
        audit.record(AuditEntry.of("RESUMPTION_DAILY_REMIND", "enterprise", enterpriseId).tenant(zone, enterpriseId)
                .detail("day=" + day));
        return Reminded.SENT;
    }

    /** Reminds every active enterprise of the zone that has neither reported nor been reminded today; returns how many. */
    int remindAll(TenantScope scope, String userName) {
        long zone = ownZone(scope);
        LocalDate day = today();
        int sent = 0;
        for (long ent : store.notReported(zone, day)) {
            if (store.remind(zone, ent, day, scope.userId(), shortName(userName))) {
                audit.record(AuditEntry.of("RESUMPTION_DAILY_REMIND", "enterprise", ent).tenant(zone, ent)
                        .detail("day=" + day + " (all)"));
                sent++;
            }
        }
        return sent;
    }

    /** Today's reminder to the admin's enterprise while it has not reported. */
    @Transactional(readOnly = true)
    Optional<DailyStore.Reminder> pendingReminder(TenantScope scope) {
        long ent = ownEnterprise(scope);
        LocalDate day = today();
        return store.find(ent, day).isPresent() ? Optional.empty() : store.reminder(ent, day);
    }

    /** The reminders sent for the zone's day, by enterprise. */
    @Transactional(readOnly = true)
    Map<Long, DailyStore.Reminder> reminders(TenantScope scope, LocalDate day) {
        return store.reminders(ownZone(scope), day);
    }

    /** How many of the zone's active enterprises have not reported today (home tile). */
    @Transactional(readOnly = true)
    long notReportedToday(TenantScope scope) {
        return store.countNotReported(ownZone(scope), today());
    }

    @Transactional(readOnly = true)
    boolean reportedToday(TenantScope scope) {
        return store.find(ownEnterprise(scope), today()).isPresent();
    }

    private static String shortName(String name) {
        String n = name == null || name.isBlank() ? "—" : name.strip();
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    static long ownEnterprise(TenantScope scope) {
        if (scope.role() == Role.ENTERPRISE_ADMIN && scope.enterpriseId() != null && scope.zoneId() != null) {
            return scope.enterpriseId();
        }
        throw new AccessDeniedException("only an enterprise admin reports");
    }

    static long ownZone(TenantScope scope) {
        if ((scope.role() == Role.ZONE_ADMIN || scope.role() == Role.ZONE_STAFF) && scope.zoneId() != null) {
            return scope.zoneId();
        }
        throw new AccessDeniedException("zone roles only");
    }

    static Figures validate(DailyForm form, int totalStaff) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer onDuty = count("onDuty", form.getOnDuty(), problems);
        Integer remote = count("remote", form.getRemote(), problems);
        Integer quarantine = count("quarantine", form.getQuarantine(), problems);
        Integer notReturned = count("notReturned", form.getNotReturned(), problems);
        String cap = PlanService.clean(form.getCapacity());
        Integer capacity = null;
        if (cap == null) {
            problems.add(new FieldProblem("capacity", "resumption.daily.required.capacity"));
        } else if (!cap.matches("\\d{1,9}")) {
            problems.add(new FieldProblem("capacity", "resumption.daily.capacity.range", cap));
        } else {
            capacity = Integer.parseInt(cap);
            if (capacity > 100) {
                problems.add(new FieldProblem("capacity", "resumption.daily.capacity.range", cap));
            }
        }
        if (onDuty != null && remote != null && quarantine != null && notReturned != null) {
            long sum = (long) onDuty + remote + quarantine + notReturned;
            if (sum > totalStaff) {
                problems.add(new FieldProblem(null, "resumption.daily.sum.exceeds", String.valueOf(onDuty),
                        String.valueOf(remote), String.valueOf(quarantine), String.valueOf(notReturned),
                        String.valueOf(sum), String.valueOf(totalStaff)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Figures(totalStaff, onDuty, remote, quarantine, notReturned, capacity);
    }

    private static Integer count(String field, String typed, List<FieldProblem> problems) {
        String t = PlanService.clean(typed);
        if (t == null) {
            problems.add(new FieldProblem(field, "resumption.daily.required." + field));
            return null;
        }
        if (!t.matches("\\d{1," + MAX_DIGITS + "}")) {
            problems.add(new FieldProblem(field, "resumption.daily.invalid." + field, t));
            return null;
        }
        return Integer.parseInt(t);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer parseVersion(String s) {
        String t = PlanService.clean(s);
        return t != null && t.matches("\\d{1,9}") ? Integer.parseInt(t) : null;
    }
}
