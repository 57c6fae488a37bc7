package gxq.needs.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.files.FileType;
import gxq.common.files.Upload;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.TextInput;
import gxq.needs.CoordinationRequested;
import gxq.needs.NeedCaseChanged;
import gxq.needs.NeedCategory;
import gxq.org.Enterprises;

/**
 * Cases (诉求): raised by an enterprise admin (or, as a coordination case, by another zone through
 * {@link CoordinationRequested}), worked by the responsible zone, escalated to the ministry, confirmed and rated or
 * reopened by the raiser. Every change of state is version- and state-checked in one SQL update, written to the
 * thread, audited and published as {@link NeedCaseChanged}, all in one transaction.
 */
@Service
@Transactional
class CaseService {

    static final int MAX_TITLE = 100;
    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    static final int MAX_COMMENT = 1000;
    static final int MAX_DEPARTMENT = 100;
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILES = 5;
    static final int PAGE_SIZE = 20;

    /** Who a caller is to a case; no party: the case answers 404. */
    enum Party {
        /** the raising enterprise's admin, or staff of the requesting zone of a coordination case */
        RAISER,
        /** the responsible zone's admins and staff */
        ZONE,
        /** the ministry, once the case was escalated */
        MINISTRY
    }

    private final CaseStore store;
    private final Enterprises enterprises;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Urgency, Integer> deadlineHours = new LinkedHashMap<>();

    CaseService(CaseStore store, Enterprises enterprises, AuditLog audit, ApplicationEventPublisher events,
            @Qualifier("healthClock") Clock clock,
            @Value("${gxq.needs.deadline-hours.urgent:24}") int urgent,
            @Value("${gxq.needs.deadline-hours.high:72}") int high,
            @Value("${gxq.needs.deadline-hours.normal:168}") int normal) {
        if (urgent < 1 || high < 1 || normal < 1) {
            throw new IllegalArgumentException("gxq.needs.deadline-hours.* must be at least 1");
        }
        this.store = store;
        this.enterprises = enterprises;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        deadlineHours.put(Urgency.URGENT, urgent);
        deadlineHours.put(Urgency.HIGH, high);
        deadlineHours.put(Urgency.NORMAL, normal);
    }

    Map<Urgency, Integer> deadlineHours() {
        return deadlineHours;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    Clock clock() {
        return clock;
    }

    // ---- raising ----

    /** The typed new case (strings as typed, so that a 422 shows them again). */
    record RaiseForm(String category, String urgency, String title, String details) {
    }

    /** An enterprise admin raises a case for its enterprise; returns its id. */
    long raise(GxqUser user, RaiseForm form, List<Upload> uploads) {
        TenantScope scope = user.scope();
        if (scope.role() != Role.ENTERPRISE_ADMIN || scope.enterpriseId() == null || scope.zoneId() == null) {
            throw new AccessDeniedException("enterprise admins raise cases");
        }
        long ent = scope.enterpriseId();
        if (!enterprises.find(ent).map(e -> e.active()).orElse(false)) {
            throw new CaseRefused("needs.raise.notActive");
        }
        List<FieldProblem> problems = new ArrayList<>();
        NeedCategory category = parse(NeedCategory.class, form.category(), "category", problems);
        Urgency urgency = parse(Urgency.class, form.urgency(), "urgency", problems);
        String title = text(form.title(), "title", MAX_TITLE, true, problems);
        String details = text(form.details(), "details", MAX_TEXT, true, problems);
        checkFiles(uploads, problems);
        check(problems);
        OffsetDateTime now = now();
        long zone = scope.zoneId();
        long id = store.insert(new CaseStore.NewCase(zone, ent, null, category, urgency, title, details,
                now.plusHours(deadlineHours.get(urgency)), user.id(), now));
        long entry = store.entry(id, Side.ENTERPRISE, user.id(), user.displayName(), null, null, CaseState.NEW, null, now);
        audit.record(AuditEntry.of("NEEDS_CASE_RAISE", "need_case", id).tenant(zone, ent)
                .detail(category + " " + urgency + " " + title));
        attach(user, id, entry, zone, ent, uploads, now);
        events.publishEvent(new NeedCaseChanged(id, zone, ent, category, null, CaseState.NEW.name(), true,
                now.toInstant()));
        return id;
    }

    /**
     * Another zone asks for help with a blocked point of a supply chain: a coordination case (category SUPPLY_CHAIN, no
     * enterprise) owned by {@code toZoneId}, followed by the requesting zone. Runs in the publisher's transaction.
     */
    @EventListener
    public void on(CoordinationRequested request) {
        if (request.fromZoneId() == request.toZoneId()) {
            throw new IllegalArgumentException("a coordination case needs two different zones");
        }
        OffsetDateTime now = now();
        String title = cut(request.title().strip().isEmpty() ? request.supplierName() : request.title().strip(), MAX_TITLE);
        String details = cut(request.details().strip() + "\n" + "供应商 / supplier: " + request.supplierName()
                + (request.supplierEnterpriseId() == null ? "" : " (#" + request.supplierEnterpriseId() + ")"), MAX_TEXT);
        long id = store.insert(new CaseStore.NewCase(request.toZoneId(), null, request.fromZoneId(),
                NeedCategory.SUPPLY_CHAIN, Urgency.HIGH, title, details, now.plusHours(deadlineHours.get(Urgency.HIGH)),
                request.requestedByUserId(), now));
        store.entry(id, Side.ZONE, request.requestedByUserId(), store.userName(request.requestedByUserId()),
                request.fromZoneId(), null, CaseState.NEW, null, now);
        audit.record(AuditEntry.of("NEEDS_CASE_COORDINATION", "need_case", id).tenant(request.toZoneId(), null)
                .detail("from zone " + request.fromZoneId() + ": " + title));
        events.publishEvent(new NeedCaseChanged(id, request.toZoneId(), null, NeedCategory.SUPPLY_CHAIN, null,
                CaseState.NEW.name(), true, now.toInstant()));
    }

    // ---- reading ----

    record Detail(NeedCase c, Party party, List<Entry> thread, List<CaseStore.Assignee> assignees, boolean overdue) {

        public boolean mayAccept() {
            return party == Party.ZONE && CaseState.ZONE_WORKS.contains(c.state());
        }

        public boolean maySolve() {
            return party == Party.ZONE && CaseState.ZONE_WORKS.contains(c.state())
                    || party == Party.MINISTRY && c.state() == CaseState.ESCALATED;
        }

        public boolean mayEscalate() {
            return party == Party.ZONE && CaseState.ZONE_WORKS.contains(c.state());
        }

        public boolean mayReturn() {
            return party == Party.MINISTRY && c.state() == CaseState.ESCALATED;
        }

        public boolean mayConfirm() {
            return party == Party.RAISER && c.state() == CaseState.SOLVED;
        }

        public boolean mayWithdraw() {
            return party == Party.RAISER && c.state() == CaseState.NEW;
        }

        public boolean mayReply() {
            return mayReplyTo(party, c);
        }
    }

    static boolean mayReplyTo(Party party, NeedCase c) {
        if (!c.state().open()) {
            return false;
        }
        return party != Party.MINISTRY || c.state() == CaseState.ESCALATED;
    }

    @Transactional(readOnly = true)
    Detail detail(TenantScope scope, long id) {
        NeedCase c = visible(scope, id);
        Party party = party(scope, c).orElseThrow();
        return new Detail(c, party, store.thread(id),
                party == Party.ZONE ? store.assignees(c.zoneId()) : List.of(), c.overdueAt(now()));
    }

    /** The case if the caller is a party to it, else 404 (also for a role that has no business with cases). */
    NeedCase visible(TenantScope scope, long id) {
        return store.find(id).filter(c -> party(scope, c).isPresent())
                .orElseThrow(() -> new NotFoundException("need case", id));
    }

    static Optional<Party> party(TenantScope scope, NeedCase c) {
        if (scope.role() == Role.ENTERPRISE_ADMIN) {
            return c.enterpriseId() != null && c.enterpriseId().equals(scope.enterpriseId())
                    && scope.permitsEnterprise(c.zoneId(), c.enterpriseId()) ? Optional.of(Party.RAISER) : Optional.empty();
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            if (scope.zoneId() == c.zoneId()) {
                return Optional.of(Party.ZONE);
            }
            if (c.fromZoneId() != null && scope.zoneId().equals(c.fromZoneId())) {
                return Optional.of(Party.RAISER);
            }
            return Optional.empty();
        }
        if (scope.isMinistry()) {
            return c.escalatedAt() != null ? Optional.of(Party.MINISTRY) : Optional.empty();
        }
        return Optional.empty();
    }

    // ---- zone ----

    /** Accepts a new or reopened case, or changes the assignment of an accepted one (department and/or person). */
    void accept(GxqUser user, long id, String versionText, String departmentText, String assigneeText) {
        NeedCase c = as(user, id, Party.ZONE);
        List<FieldProblem> problems = new ArrayList<>();
        String department = text(departmentText, "department", MAX_DEPARTMENT, false, problems);
        CaseStore.Assignee assignee = null;
        String a = clean(assigneeText);
        if (a != null) {
            assignee = a.matches("\\d{1,18}") ? store.assignees(c.zoneId()).stream()
                    .filter(x -> x.id() == Long.parseLong(a)).findFirst().orElse(null) : null;
            if (assignee == null) {
                problems.add(new FieldProblem("assignee", "needs.accept.badAssignee"));
            }
        }
        if (department == null && a == null) {
            problems.add(new FieldProblem("department", "needs.accept.required"));
        }
        check(problems);
        requireState(c, CaseState.ZONE_WORKS);
        int version = version(versionText, c);
        OffsetDateTime now = now();
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("department", department);
        cols.put("assignee_id", assignee == null ? null : assignee.id());
        cols.put("assignee_name", assignee == null ? null : cut(assignee.name(), 100));
        boolean assignOnly = c.state() == CaseState.ACCEPTED;
        if (!assignOnly) {
            cols.put("accepted_at", now);
        }
        if (!store.transition(id, version, List.of(c.state()), CaseState.ACCEPTED, cols, now)) {
            throw CaseRefused.stale();
        }
        // the thread is read by the raiser too: the person's name masked there (张*), in full on the zone's fields
        String who = (department == null ? "" : department) + (assignee == null ? "" : (department == null ? "" : " / ")
                + gxq.common.crypto.Masks.name(assignee.name()));
        if (assignOnly) {
            store.entry(id, Side.ZONE, user.id(), user.displayName(), user.zoneId(), null, null, "→ " + who, now);
            auditCase("NEEDS_CASE_ASSIGN", c, who);
        } else {
            changed(user, c, Side.ZONE, CaseState.ACCEPTED, "→ " + who, now);
            auditCase("NEEDS_CASE_ACCEPT", c, c.state() + " -> ACCEPTED; " + who);
        }
    }

    /** The zone's answer (from NEW, ACCEPTED, REOPENED) or the ministry's (from ESCALATED): SOLVED. */
    void solve(GxqUser user, long id, String versionText, String solutionText, List<Upload> uploads) {
        NeedCase c = visible(user.scope(), id);
        Party party = party(user.scope(), c).orElseThrow();
        if (party == Party.RAISER) {
            throw new AccessDeniedException("the raiser does not solve");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String solution = text(solutionText, "solution", MAX_TEXT, true, problems);
        checkFiles(uploads, problems);
        check(problems);
        boolean ministry = party == Party.MINISTRY;
        requireState(c, ministry ? List.of(CaseState.ESCALATED) : List.copyOf(CaseState.ZONE_WORKS));
        int version = version(versionText, c);
        OffsetDateTime now = now();
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("solution", solution);
        cols.put("solved_at", now);
        cols.put("solved_by_ministry", ministry);
        if (!store.transition(id, version, List.of(c.state()), CaseState.SOLVED, cols, now)) {
            throw CaseRefused.stale();
        }
        long entry = changed(user, c, ministry ? Side.MINISTRY : Side.ZONE, CaseState.SOLVED, solution, now);
        attach(user, id, entry, c.zoneId(), c.enterpriseId(), uploads, now);
        auditCase(ministry ? "NEEDS_CASE_MINISTRY_SOLVE" : "NEEDS_CASE_SOLVE", c, c.state() + " -> SOLVED; " + solution);
    }

    /** The zone cannot solve it: ESCALATED to the ministry, with the reason. */
    void escalate(GxqUser user, long id, String versionText, String reasonText) {
        NeedCase c = as(user, id, Party.ZONE);
        List<FieldProblem> problems = new ArrayList<>();
        String reason = text(reasonText, "reason", MAX_REASON, true, problems);
        check(problems);
        requireState(c, CaseState.ZONE_WORKS);
        int version = version(versionText, c);
        OffsetDateTime now = now();
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("escalated_at", now);
        cols.put("escalation_reason", reason);
        if (!store.transition(id, version, List.of(c.state()), CaseState.ESCALATED, cols, now)) {
            throw CaseRefused.stale();
        }
        changed(user, c, Side.ZONE, CaseState.ESCALATED, reason, now);
        auditCase("NEEDS_CASE_ESCALATE", c, c.state() + " -> ESCALATED; " + reason);
    }

    /** The ministry hands an escalated case back to the zone (ACCEPTED), with its guidance. */
    void returnToZone(GxqUser user, long id, String versionText, String reasonText) {
        NeedCase c = as(user, id, Party.MINISTRY);
        List<FieldProblem> problems = new ArrayList<>();
        String reason = text(reasonText, "reason", MAX_REASON, true, problems);
        check(problems);
        requireState(c, List.of(CaseState.ESCALATED));
        int version = version(versionText, c);
        OffsetDateTime now = now();
        Map<String, Object> cols = new LinkedHashMap<>();
        if (c.acceptedAt() == null) {
            cols.put("accepted_at", now);
        }
        if (!store.transition(id, version, List.of(CaseState.ESCALATED), CaseState.ACCEPTED, cols, now)) {
            throw CaseRefused.stale();
        }
        changed(user, c, Side.MINISTRY, CaseState.ACCEPTED, reason, now);
        auditCase("NEEDS_CASE_RETURN", c, "ESCALATED -> ACCEPTED; " + reason);
    }

    // ---- raiser ----

    /** The raiser confirms the solution and rates it 1–5 (comment optional): CONFIRMED. */
    void confirm(GxqUser user, long id, String versionText, String ratingText, String commentText) {
        NeedCase c = as(user, id, Party.RAISER);
        List<FieldProblem> problems = new ArrayList<>();
        String r = clean(ratingText);
        Integer rating = r != null && r.matches("[1-5]") ? Integer.valueOf(r) : null;
        if (rating == null) {
            problems.add(new FieldProblem("rating", "needs.confirm.rating"));
        }
        String comment = text(commentText, "ratingComment", MAX_COMMENT, false, problems);
        check(problems);
        requireState(c, List.of(CaseState.SOLVED));
        int version = version(versionText, c);
        OffsetDateTime now = now();
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("confirmed_at", now);
        cols.put("rating", rating);
        cols.put("rating_comment", comment);
        if (!store.transition(id, version, List.of(CaseState.SOLVED), CaseState.CONFIRMED, cols, now)) {
            throw CaseRefused.stale();
        }
        changed(user, c, raiserSide(c), CaseState.CONFIRMED, "★" + rating + (comment == null ? "" : " " + comment), now);
        auditCase("NEEDS_CASE_CONFIRM", c, "SOLVED -> CONFIRMED; rating " + rating + (comment == null ? "" : "; " + comment));
    }

    /** The raiser is not satisfied: REOPENED with the reason, back in the zone's queue with a new deadline. */
    void reopen(GxqUser user, long id, String versionText, String reasonText) {
        NeedCase c = as(user, id, Party.RAISER);
        List<FieldProblem> problems = new ArrayList<>();
        String reason = text(reasonText, "reason", MAX_REASON, true, problems);
        check(problems);
        requireState(c, List.of(CaseState.SOLVED));
        int version = version(versionText, c);
        OffsetDateTime now = now();
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("reopen_count", c.reopenCount() + 1);
        cols.put("due_at", now.plusHours(deadlineHours.get(c.urgency())));
        if (!store.transition(id, version, List.of(CaseState.SOLVED), CaseState.REOPENED, cols, now)) {
            throw CaseRefused.stale();
        }
        changed(user, c, raiserSide(c), CaseState.REOPENED, reason, now);
        auditCase("NEEDS_CASE_REOPEN", c, "SOLVED -> REOPENED; " + reason);
    }

    /** The raiser takes back a case nobody has worked on yet: WITHDRAWN. */
    void withdraw(GxqUser user, long id, String versionText) {
        NeedCase c = as(user, id, Party.RAISER);
        requireState(c, List.of(CaseState.NEW));
        int version = version(versionText, c);
        OffsetDateTime now = now();
        if (!store.transition(id, version, List.of(CaseState.NEW), CaseState.WITHDRAWN, Map.of(), now)) {
            throw CaseRefused.stale();
        }
        changed(user, c, raiserSide(c), CaseState.WITHDRAWN, null, now);
        auditCase("NEEDS_CASE_WITHDRAW", c, "NEW -> WITHDRAWN");
    }

    // ---- thread ----

    /** A reply by any party while the case is open (the ministry while it is escalated); files optional. */
    void reply(GxqUser user, long id, String bodyText, List<Upload> uploads) {
        NeedCase c = visible(user.scope(), id);
        Party party = party(user.scope(), c).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        String body = text(bodyText, "body", MAX_TEXT, true, problems);
        checkFiles(uploads, problems);
        check(problems);
        if (!mayReplyTo(party, c)) {
            throw new CaseRefused("needs.reply.closed", stateName(c.state()));
        }
        OffsetDateTime now = now();
        Side side = party == Party.MINISTRY ? Side.MINISTRY : party == Party.ZONE ? Side.ZONE : raiserSide(c);
        long entry = store.entry(id, side, user.id(), user.displayName(), user.zoneId(), null, null, body, now);
        auditCase("NEEDS_CASE_REPLY", c, body);
        attach(user, id, entry, c.zoneId(), c.enterpriseId(), uploads, now);
    }

    record FileContent(CaseFile file, byte[] bytes) {
    }

    /** A file of a case the caller is a party to; else 404. */
    @Transactional(readOnly = true)
    FileContent file(TenantScope scope, long fileId) {
        CaseFile f = store.file(fileId).filter(x -> store.find(x.caseId()).flatMap(c -> party(scope, c)).isPresent())
                .orElseThrow(() -> new NotFoundException("need case file", fileId));
        return new FileContent(f, store.content(f.id()));
    }

    // ---- lists ----

    record Filters(CaseState state, NeedCategory category, Urgency urgency, boolean overdue, boolean mine, Long zone) {
    }

    record Page(List<NeedCase> rows, int page, boolean hasNext, long total, OffsetDateTime now) {
    }

    /** The enterprise's own cases, latest first. */
    @Transactional(readOnly = true)
    Page own(TenantScope scope, int page) {
        if (scope.role() != Role.ENTERPRISE_ADMIN || scope.enterpriseId() == null) {
            throw new AccessDeniedException("enterprise admins");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ent", scope.enterpriseId());
        return page("c.enterprise_id = :ent", p, "c.raised_at desc, c.id desc", page);
    }

    /** The zone's queue: its cases and the coordination cases it asked for; overdue first, then by deadline. */
    @Transactional(readOnly = true)
    Page queue(GxqUser user, Filters f, int page) {
        TenantScope scope = user.scope();
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            throw new AccessDeniedException("zone roles");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("zone", scope.zoneId());
        StringBuilder where = new StringBuilder("(c.zone_id = :zone or c.from_zone_id = :zone)");
        filters(f, where, p);
        if (f.mine()) {
            where.append(" and c.assignee_id = :me");
            p.put("me", user.id());
        }
        return page(where.toString(), p, order(), page);
    }

    /** The ministry's list: cases escalated at least once; by default those still escalated. */
    @Transactional(readOnly = true)
    Page escalated(TenantScope scope, Filters f, int page) {
        if (!scope.isMinistry()) {
            throw new AccessDeniedException("ministry");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("c.escalated_at is not null");
        filters(f, where, p);
        if (f.zone() != null) {
            where.append(" and c.zone_id = :fzone");
            p.put("fzone", f.zone());
        }
        return page(where.toString(), p, order(), page);
    }

    /** Zone: cases new, overdue; used by the home tiles. */
    @Transactional(readOnly = true)
    long[] zoneCounts(long zoneId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("zone", zoneId);
        p.put("now", now());
        p.put("waiting", CaseState.WAITING.stream().map(Enum::name).toList());
        return new long[] {store.count("c.zone_id = :zone and c.state in ('NEW', 'REOPENED')", p),
                store.count("c.zone_id = :zone and c.state in (:waiting) and c.due_at < :now", p)};
    }

    @Transactional(readOnly = true)
    long awaitingConfirmation(long enterpriseId) {
        return store.count("c.enterprise_id = :ent and c.state = 'SOLVED'", Map.of("ent", enterpriseId));
    }

    private void filters(Filters f, StringBuilder where, Map<String, Object> p) {
        if (f.state() != null) {
            where.append(" and c.state = :state");
            p.put("state", f.state().name());
        }
        if (f.category() != null) {
            where.append(" and c.category = :category");
            p.put("category", f.category().name());
        }
        if (f.urgency() != null) {
            where.append(" and c.urgency = :urgency");
            p.put("urgency", f.urgency().name());
        }
        if (f.overdue()) {
            where.append(" and c.state in (:waiting) and c.due_at < :now");
        }
    }

    private static String order() {
        return "case when c.state in (:waiting) and c.due_at < :now then 0 when c.state in (:waiting) then 1 else 2 end,"
                + " c.due_at, c.id";
    }

    private Page page(String where, Map<String, Object> params, String order, int page) {
        OffsetDateTime now = now();
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("now", now);
        p.put("waiting", CaseState.WAITING.stream().map(Enum::name).toList());
        List<NeedCase> list = store.list(where, p, order, PAGE_SIZE + 1, page * PAGE_SIZE);
        Map<String, Object> countParams = new LinkedHashMap<>(p);
        return new Page(list.stream().limit(PAGE_SIZE).toList(), page, list.size() > PAGE_SIZE,
                store.count(where, countParams), now);
    }

    // ---- helpers ----

    private NeedCase as(GxqUser user, long id, Party required) {
        NeedCase c = visible(user.scope(), id);
        if (party(user.scope(), c).orElseThrow() != required) {
            throw new AccessDeniedException("not the " + required + " of case " + id);
        }
        return c;
    }

    private long changed(GxqUser user, NeedCase c, Side side, CaseState to, String body, OffsetDateTime now) {
        long entry = store.entry(c.id(), side, user.id(), user.displayName(), user.zoneId(), c.state(), to, body, now);
        events.publishEvent(new NeedCaseChanged(c.id(), c.zoneId(), c.enterpriseId(), c.category(), c.state().name(),
                to.name(), to.open(), now.toInstant()));
        return entry;
    }

    private void auditCase(String action, NeedCase c, String detail) {
        audit.record(AuditEntry.of(action, "need_case", c.id()).tenant(c.zoneId(), c.enterpriseId()).detail(detail));
    }

    private void attach(GxqUser user, long caseId, long entry, long zone, Long ent, List<Upload> uploads,
            OffsetDateTime now) {
        for (Upload u : uploads) {
            FileType type = FileType.detect(u.content()).orElseThrow();
            String name = FileType.cleanName(u.originalName());
            long fileId = store.attach(caseId, entry, name, type.contentType(), u.content(), user.id(), now);
            audit.record(AuditEntry.of("NEEDS_CASE_ATTACH", "need_case_file", fileId).tenant(zone, ent)
                    .detail("case " + caseId + " " + name + " " + type.contentType() + " " + u.content().length + " bytes"));
        }
    }

    private static Side raiserSide(NeedCase c) {
        return c.coordination() ? Side.ZONE : Side.ENTERPRISE;
    }

    private static void requireState(NeedCase c, java.util.Collection<CaseState> allowed) {
        if (!allowed.contains(c.state())) {
            throw new CaseRefused("needs.wrongState", stateName(c.state()));
        }
    }

    private static int version(String text, NeedCase c) {
        String t = clean(text);
        if (t == null || !t.matches("\\d{1,9}") || Integer.parseInt(t) != c.version()) {
            throw CaseRefused.stale();
        }
        return c.version();
    }

    static void checkFiles(List<Upload> uploads, List<FieldProblem> problems) {
        if (uploads.size() > MAX_FILES) {
            problems.add(new FieldProblem("files", "needs.file.tooMany", String.valueOf(MAX_FILES)));
            return;
        }
        for (Upload u : uploads) {
            String name = FileType.cleanName(u.originalName());
            if (u.content() == null || u.size() > MAX_FILE_BYTES) {
                problems.add(new FieldProblem("files", "needs.file.tooLarge", name, String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
                continue;
            }
            Optional<FileType> type = FileType.detect(u.content());
            if (type.isEmpty()) {
                problems.add(new FieldProblem("files", "needs.file.type", name));
            } else if (!type.get().fitsName(name)) {
                problems.add(new FieldProblem("files", "needs.file.mismatch", name, type.get().name()));
            }
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String typed, String field, List<FieldProblem> problems) {
        String t = clean(typed);
        if (t == null) {
            problems.add(new FieldProblem(field, "needs." + field + ".required"));
            return null;
        }
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "needs." + field + ".bad", cut(t, 40)));
            return null;
        }
    }

    static String text(String typed, String field, int max, boolean required, List<FieldProblem> problems) {
        return TextInput.text(typed, field, max, required ? "needs." + field + ".required" : null, "needs.tooLong", problems);
    }

    static String clean(String s) {
        return TextInput.clean(s);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static void check(List<FieldProblem> problems) {
        InvalidInput.throwIfAny(problems);
    }

    static DefaultMessageSourceResolvable stateName(CaseState state) {
        return new DefaultMessageSourceResolvable(new String[] {"needs.state." + state.name()}, state.name());
    }
}
