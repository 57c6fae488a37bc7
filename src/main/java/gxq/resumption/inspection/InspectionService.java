package gxq.resumption.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.resumption.ChecklistItem;
import gxq.resumption.Checklists;
import gxq.resumption.inspection.InspectionStore.EnterpriseChoice;
import gxq.resumption.inspection.InspectionStore.Filter;
import gxq.resumption.inspection.InspectionStore.Pending;
import gxq.resumption.inspection.InspectionStore.PendingCounts;
import gxq.resumption.internal.EditConflict;

/**
 * On-site inspections (现场检查): zone admins and staff record an inspection of one of their zone's active enterprises
 * with findings; the enterprise admin reports the rectification of each open finding; the zone accepts (closes) it or
 * reopens it with a reason and a new deadline. Each transition checks the finding's version. Rows of another zone or
 * enterprise answer 404. "Today" is the day in Asia/Shanghai of the {@code healthClock}.
 */
@Service
@Transactional
class InspectionService {

    static final int MAX_INSPECTORS = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_TEXT = 2000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final InspectionStore store;
    private final Checklists checklists;
    private final AuditLog audit;
    private final Clock clock;

    InspectionService(InspectionStore store, Checklists checklists, AuditLog audit,
            @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.checklists = checklists;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the new-inspection form offers: the zone's active enterprises and its effective checklist. */
    public record Choices(List<EnterpriseChoice> enterprises, List<ChecklistItem> items) {
    }

    @Transactional(readOnly = true)
    Choices choices(TenantScope scope) {
        long zone = ownZone(scope);
        return new Choices(store.activeEnterprises(zone), checklists.effectiveFor(zone));
    }

    /** Records an inspection with its findings; returns its id. */
    long record(GxqUser user, InspectionForm form) {
        TenantScope scope = user.scope();
        long zone = ownZone(scope);
        List<FieldProblem> problems = new ArrayList<>();
        Long enterprise = null;
        String t = clean(form.getEnterprise());
        if (t == null) {
            problems.add(problem("enterprise", "inspection.enterprise.required"));
        } else if (!t.matches("\\d{1,18}") || store.activeEnterpriseName(zone, Long.parseLong(t)).isEmpty()) {
            problems.add(problem("enterprise", "inspection.enterprise.invalid"));
        } else {
            enterprise = Long.parseLong(t);
        }
        LocalDate on = date("inspectedOn", form.getInspectedOn(), "inspection.inspectedOn", problems);
        if (on != null && on.isAfter(today())) {
            problems.add(problem("inspectedOn", "inspection.inspectedOn.future", on.toString()));
            on = null;
        }
        String inspectors = text("inspectors", form.getInspectors(), MAX_INSPECTORS, true, problems);
        String notes = text("notes", form.getNotes(), MAX_NOTES, false, problems);
        InspectionResult result = null;
        if (clean(form.getResult()) == null) {
            problems.add(problem("result", "inspection.result.required"));
        } else if ((result = InspectionResult.parse(form.getResult().strip())) == null) {
            problems.add(problem("result", "inspection.result.invalid"));
        }
        List<ValidFinding> findings = findings(form, zone, on, problems);
        if (result != null && findings != null) {
            boolean toRectify = findings.stream().anyMatch(f -> f.severity().needsRectification());
            if (result == InspectionResult.PASSED && toRectify) {
                problems.add(problem("result", "inspection.result.passedWithFindings"));
            } else if (result != InspectionResult.PASSED && !toRectify) {
                problems.add(problem("result", "inspection.result.needsFindings"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = store.insert(zone, enterprise, on, inspectors, result, notes, user.id(), name(user));
        int position = 0;
        for (ValidFinding f : findings) {
            store.insertFinding(id, zone, enterprise, ++position, f.code(), f.title(), f.description(), f.severity(),
                    f.deadline());
        }
        long toRectify = findings.stream().filter(f -> f.severity().needsRectification()).count();
        audit.record(AuditEntry.of("RESUMPTION_INSPECTION_RECORD", "resumption_inspection", id).tenant(zone, enterprise)
                .detail(on + " " + result + " findings=" + findings.size() + " toRectify=" + toRectify));
        return id;
    }

    private record ValidFinding(String code, String title, String description, Severity severity, LocalDate deadline) {
    }

    /** The non-blank finding rows, validated; null when one of them is wrong (problems added). */
    private List<ValidFinding> findings(InspectionForm form, long zone, LocalDate on, List<FieldProblem> problems) {
        if (form.tooManyRows()) {
            problems.add(problem("findings", "inspection.finding.tooMany", InspectionForm.MAX_ROWS));
            return null;
        }
        Map<String, ChecklistItem> items = checklists.effectiveFor(zone).stream()
                .collect(Collectors.toMap(ChecklistItem::code, Function.identity(), (a, b) -> a));
        List<ValidFinding> valid = new ArrayList<>();
        int before = problems.size();
        int n = 0;
        for (InspectionForm.Row row : form.findings()) {
            if (row.blank()) {
                continue;
            }
            n++;
            String field = "finding" + n;
            ChecklistItem item = null;
            String code = clean(row.getItem());
            if (code != null && (item = items.get(code)) == null) {
                problems.add(problem(field, "inspection.finding.item.invalid", n));
            }
            String description = clean(row.getDescription());
            if (description == null) {
                problems.add(problem(field, "inspection.finding.description.required", n));
            } else if (description.length() > MAX_DESCRIPTION) {
                problems.add(problem(field, "inspection.finding.description.tooLong", n, MAX_DESCRIPTION));
            }
            Severity severity = clean(row.getSeverity()) == null ? null : Severity.parse(row.getSeverity().strip());
            if (severity == null) {
                problems.add(problem(field, "inspection.finding.severity.required", n));
            }
            LocalDate deadline = null;
            String d = clean(row.getDeadline());
            if (d != null) {
                try {
                    deadline = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    problems.add(problem(field, "inspection.finding.deadline.invalid", n, d));
                }
            }
            if (severity != null && severity.needsRectification() && deadline == null && d == null) {
                problems.add(problem(field, "inspection.finding.deadline.required", n));
            } else if (severity == Severity.NOTE && deadline != null) {
                problems.add(problem(field, "inspection.finding.deadline.forNote", n));
            } else if (deadline != null && on != null && deadline.isBefore(on)) {
                problems.add(problem(field, "inspection.finding.deadline.beforeInspection", n, deadline, on));
            } else if (deadline != null && deadline.isAfter(LATEST)) {
                problems.add(problem(field, "inspection.finding.deadline.invalid", n, d));
            }
            valid.add(new ValidFinding(item == null ? null : item.code(), item == null ? null : item.title(),
                    description, severity, deadline));
        }
        return problems.size() == before ? valid : null;
    }

    /** An inspection with its findings and their history, for the zone or the inspected enterprise. */
    public record Detail(Inspection inspection, List<Finding> findings, Map<Long, List<FindingEvent>> events,
            LocalDate today) {
    }

    @Transactional(readOnly = true)
    Detail detail(TenantScope scope, long id) {
        Inspection i = visible(scope, id);
        LocalDate today = today();
        return new Detail(i, store.findings(id, today), store.events(id).stream()
                .collect(Collectors.groupingBy(FindingEvent::findingId)), today);
    }

    /** The enterprise admin reports what was done about an open finding (also when it is overdue). */
    long rectify(GxqUser user, long findingId, String version, String text) {
        TenantScope scope = user.scope();
        if (scope.role() != Role.ENTERPRISE_ADMIN) {
            throw new AccessDeniedException("the enterprise reports rectification");
        }
        Finding f = visibleFinding(scope, findingId);
        List<FieldProblem> problems = new ArrayList<>();
        String what = text("rectification", text, MAX_TEXT, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Integer v = version(version);
        if (v == null || f.state() != FindingState.OPEN || !store.rectify(findingId, v, what)) {
            throw new EditConflict();
        }
        store.event(findingId, "RECTIFY", what, null, user.id(), name(user));
        audit.record(AuditEntry.of("RESUMPTION_INSPECTION_RECTIFY", "resumption_inspection_finding", findingId)
                .tenant(f.zoneId(), f.enterpriseId()).detail("inspection=" + f.inspectionId() + " " + what));
        return f.inspectionId();
    }

    /** The zone accepts a reported rectification: the finding is closed. */
    long accept(GxqUser user, long findingId, String version, String comment) {
        TenantScope scope = user.scope();
        ownZone(scope);
        Finding f = visibleFinding(scope, findingId);
        List<FieldProblem> problems = new ArrayList<>();
        String c = text("comment", comment, MAX_TEXT, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Integer v = version(version);
        if (v == null || f.state() != FindingState.RECTIFIED || !store.accept(findingId, v)) {
            throw new EditConflict();
        }
        store.event(findingId, "ACCEPT", c, null, user.id(), name(user));
        audit.record(AuditEntry.of("RESUMPTION_INSPECTION_ACCEPT", "resumption_inspection_finding", findingId)
                .tenant(f.zoneId(), f.enterpriseId()).detail("inspection=" + f.inspectionId()
                        + (c == null ? "" : " " + c)));
        return f.inspectionId();
    }

    /** The zone does not accept a reported rectification: open again, with the reason and a new deadline. */
    long reopen(GxqUser user, long findingId, String version, String comment, String deadline) {
        TenantScope scope = user.scope();
        ownZone(scope);
        Finding f = visibleFinding(scope, findingId);
        List<FieldProblem> problems = new ArrayList<>();
        String c = text("comment", comment, MAX_TEXT, true, problems);
        LocalDate d = date("deadline", deadline, "inspection.reopen.deadline", problems);
        if (d != null && d.isBefore(today())) {
            problems.add(problem("deadline", "inspection.reopen.deadline.past", d, today()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Integer v = version(version);
        if (v == null || f.state() != FindingState.RECTIFIED || !store.reopen(findingId, v, d)) {
            throw new EditConflict();
        }
        store.event(findingId, "REOPEN", c, d, user.id(), name(user));
        audit.record(AuditEntry.of("RESUMPTION_INSPECTION_REOPEN", "resumption_inspection_finding", findingId)
                .tenant(f.zoneId(), f.enterpriseId()).detail("inspection=" + f.inspectionId() + " deadline=" + d
                        + " (was " + f.deadline() + ") " + c));
        return f.inspectionId();
    }

    /** The inspection a visible finding belongs to (404 outside the scope). */
    @Transactional(readOnly = true)
    long inspectionOf(TenantScope scope, long findingId) {
        requireZoneOrEnterprise(scope);
        return visibleFinding(scope, findingId).inspectionId();
    }

    @Transactional(readOnly = true)
    List<InspectionRow> list(TenantScope scope, Filter filter, int limit, int offset) {
        requireZoneOrEnterprise(scope);
        return store.list(scope, filter, today(), limit, offset);
    }

    @Transactional(readOnly = true)
    List<FollowUpRow> pending(TenantScope scope, Pending which, int limit, int offset) {
        requireZoneOrEnterprise(scope);
        return store.pending(scope, which, today(), limit, offset);
    }

    @Transactional(readOnly = true)
    PendingCounts counts(TenantScope scope) {
        requireZoneOrEnterprise(scope);
        return store.pendingCounts(scope, today());
    }

    @Transactional(readOnly = true)
    String enterpriseName(TenantScope scope) {
        requireZoneOrEnterprise(scope);
        return scope.enterpriseId() == null ? null : store.enterpriseName(scope.enterpriseId()).orElse(null);
    }

    private Inspection visible(TenantScope scope, long id) {
        requireZoneOrEnterprise(scope);
        return store.find(id).filter(i -> scope.permitsEnterprise(i.zoneId(), i.enterpriseId()))
                .orElseThrow(() -> new NotFoundException("resumption_inspection", id));
    }

    private Finding visibleFinding(TenantScope scope, long id) {
        return store.finding(id, today()).filter(f -> scope.permitsEnterprise(f.zoneId(), f.enterpriseId()))
                .orElseThrow(() -> new NotFoundException("resumption_inspection_finding", id));
    }

    static long ownZone(TenantScope scope) {
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            return scope.zoneId();
        }
        throw new AccessDeniedException("zone roles only");
    }

    /** Zone roles and enterprise admins; the ministry and everyone else may not (the controller answers 403 first). */
    static void requireZoneOrEnterprise(TenantScope scope) {
        boolean zone = scope.isZoneLevel() && scope.zoneId() != null;
        boolean ent = scope.role() == Role.ENTERPRISE_ADMIN && scope.enterpriseId() != null;
        if (!zone && !ent) {
            throw new AccessDeniedException("zone roles and enterprise admins only");
        }
    }

    private static String name(GxqUser user) {
        String n = user.displayName() == null || user.displayName().isBlank() ? user.getUsername() : user.displayName();
        return n.length() > 100 ? n.substring(0, 100) : n;
    }

    /** Arguments as text, so that MessageFormat prints 1000 and dates as they are. */
    private static FieldProblem problem(String field, String key, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new FieldProblem(field, key, text);
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String text(String field, String typed, int max, boolean required, List<FieldProblem> problems) {
        String t = clean(typed);
        if (t == null) {
            if (required) {
                problems.add(problem(field, "inspection." + field + ".required"));
            }
            return null;
        }
        if (t.length() > max) {
            problems.add(problem(field, "inspection.tooLong", max));
            return null;
        }
        return t;
    }

    private static LocalDate date(String field, String typed, String key, List<FieldProblem> problems) {
        String t = clean(typed);
        if (t == null) {
            problems.add(problem(field, key + ".required"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(t);
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                problems.add(problem(field, key + ".invalid", t));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(problem(field, key + ".invalid", t));
            return null;
        }
    }

    private static Integer version(String s) {
        String t = clean(s);
        return t != null && t.matches("\\d{1,9}") ? Integer.parseInt(t) : null;
    }
}
