package gxq.exchange.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.common.files.FileType;
import gxq.common.files.Upload;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.TextInput;
import gxq.exchange.internal.Attachments;
import gxq.org.ZoneSummary;
import gxq.org.Zones;

/**
 * Notices (通知) of the ministry to zones. A ministry admin saves a draft (seen by ministry admins only), edits it and
 * sends it; a sent notice is immutable and may only be withdrawn with a reason. The zone roles of the target zones read
 * it (the first read of each person is their receipt, written once) and confirm receipt of important and urgent ones.
 * Everyone else, and every zone for a draft, gets 404. Every write is audited in its transaction.
 */
@Service
@Transactional
class NoticeService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int MAX_TITLE = 100;
    static final int MAX_BODY = 10000;
    static final int MAX_REASON = 500;
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILES = 5;
    static final int PAGE_SIZE = 20;

    private final NoticeStore store;
    private final Zones zones;
    private final AuditLog audit;
    private final Clock clock;

    NoticeService(NoticeStore store, Zones zones, AuditLog audit, @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The form as typed (strings, so that a 422 shows them again). */
    record Form(String title, String body, String importance, String readBy, String audience, List<String> zones,
            List<String> provinces, String version) {

        Form {
            zones = zones == null ? List.of() : List.copyOf(zones);
            provinces = provinces == null ? List.of() : List.copyOf(provinces);
        }

        static Form of(Notice n, List<Long> zoneIds) {
            return new Form(n.title(), n.body(), n.importance().name(), n.readBy() == null ? null : n.readBy().toString(),
                    n.audience().name(), zoneIds.stream().map(String::valueOf).toList(), List.of(),
                    String.valueOf(n.version()));
        }

        public boolean chosen(long zoneId) {
            return zones.contains(String.valueOf(zoneId));
        }

        public boolean chosenProvince(String code) {
            return provinces.contains(code);
        }
    }

    // ---- ministry: drafts, sending, withdrawal ----

    /** A new draft; returns its id. */
    long create(GxqUser user, Form form, List<Upload> uploads) {
        ministry(user);
        List<FieldProblem> problems = new ArrayList<>();
        Checked c = check(form, problems);
        checkFiles(uploads, 0, problems);
        fail(problems);
        OffsetDateTime now = now();
        long id = store.insert(c.fields(), user.id(), user.displayName(), now);
        store.replaceZones(id, c.audience().kind() == Audience.Kind.ALL ? List.of() : c.audience().zoneIds());
        audit.record(AuditEntry.of("NOTICE_DRAFT_CREATE", "notice", id).detail(summary(c)));
        attach(user, id, uploads, now);
        return id;
    }

    /** Changes a draft (version-checked) and its files. */
    void update(GxqUser user, long id, Form form, List<Upload> uploads, List<Long> removeFiles) {
        ministry(user);
        Notice n = found(id);
        requireDraft(n);
        int version = version(form.version(), n);
        List<FieldProblem> problems = new ArrayList<>();
        Checked c = check(form, problems);
        List<NoticeFile> files = store.files(id);
        long removing = files.stream().filter(f -> removeFiles.contains(f.id())).count();
        checkFiles(uploads, (int) (files.size() - removing), problems);
        fail(problems);
        OffsetDateTime now = now();
        if (store.update(id, version, c.fields(), now) != 1) {
            throw NoticeRefused.stale();
        }
        store.replaceZones(id, c.audience().kind() == Audience.Kind.ALL ? List.of() : c.audience().zoneIds());
        audit.record(AuditEntry.of("NOTICE_DRAFT_UPDATE", "notice", id).detail(summary(c)));
        for (NoticeFile f : files) {
            if (removeFiles.contains(f.id()) && store.removeFile(id, f.id()) == 1) {
                audit.record(AuditEntry.of("NOTICE_FILE_REMOVE", "notice_file", f.id())
                        .detail("notice " + id + " " + f.fileName()));
            }
        }
        attach(user, id, uploads, now);
    }

    /** Sends a draft to its audience (a notice to all zones gets every zone as target now). */
    void send(GxqUser user, long id, String typedVersion) {
        ministry(user);
        Notice n = found(id);
        if (n.state() != NoticeState.DRAFT) {
            throw new NoticeRefused("notice.alreadySent");
        }
        int version = version(typedVersion, n);
        if (n.readBy() != null && n.readBy().isBefore(today())) {
            fail(List.of(new FieldProblem("readBy", "notice.readBy.past")));
        }
        List<Long> targets = n.audience() == Audience.Kind.ALL ? zones.all().stream().map(ZoneSummary::id).toList()
                : store.zones(id);
        if (targets.isEmpty()) {
            fail(List.of(new FieldProblem("zones", "notice.zones.required")));
        }
        if (store.send(id, version, user.id(), now()) != 1) {
            throw NoticeRefused.stale();
        }
        if (n.audience() == Audience.Kind.ALL) {
            store.replaceZones(id, targets);
        }
        audit.record(AuditEntry.of("NOTICE_SEND", "notice", id)
                .detail(n.importance() + " " + n.audience() + " " + targets.size() + " zones: " + n.title()));
    }

    /** Withdraws a sent notice with a reason; recipients keep it listed as withdrawn, without its text and files. */
    void withdraw(GxqUser user, long id, String typedVersion, String reason) {
        ministry(user);
        Notice n = found(id);
        if (n.state() != NoticeState.SENT) {
            throw new NoticeRefused(n.draft() ? "notice.notSent" : "notice.alreadyWithdrawn");
        }
        int version = version(typedVersion, n);
        List<FieldProblem> problems = new ArrayList<>();
        String r = text(reason, "reason", MAX_REASON, problems);
        fail(problems);
        if (store.withdraw(id, version, user.id(), r, now()) != 1) {
            throw NoticeRefused.stale();
        }
        audit.record(AuditEntry.of("NOTICE_WITHDRAW", "notice", id).detail(r));
    }

    // ---- reading ----

    /** What the caller sees of one notice; for a zone user, {@code receipt} is their own (written on opening). */
    record View(Notice notice, List<NoticeFile> files, List<ZoneSummary> targets, NoticeStore.Receipt receipt,
            boolean ministry) {

        public boolean showBody() {
            return ministry || !notice.withdrawn();
        }

        public boolean mayEdit() {
            return ministry && notice.draft();
        }

        public boolean mayWithdraw() {
            return ministry && notice.state() == NoticeState.SENT;
        }

        public boolean mayAcknowledge() {
            return !ministry && notice.state() == NoticeState.SENT && notice.importance().asksAcknowledgement()
                    && receipt != null && receipt.acknowledgedAt() == null;
        }
    }

    /**
     * Opens a notice: the ministry sees every notice; a zone user a sent or withdrawn notice to their zone, else 404.
     * A zone user's first opening of a sent notice writes their read receipt (once, whatever the concurrency) and is
     * audited.
     */
    View open(GxqUser user, long id) {
        TenantScope scope = user.scope();
        Notice n = visible(scope, id);
        if (scope.isMinistry()) {
            return new View(n, store.files(id), zonesOf(n), null, true);
        }
        if (n.state() == NoticeState.SENT && store.read(id, scope.zoneId(), user.id(), user.displayName(), now()) == 1) {
            audit.record(AuditEntry.of("NOTICE_READ", "notice", id).tenant(scope.zoneId(), null).detail(n.title()));
        }
        NoticeStore.Receipt receipt = store.receipt(id, user.id()).orElse(null);
        return new View(n, n.withdrawn() ? List.of() : store.files(id), List.of(), receipt, false);
    }

    /** A zone user confirms receipt (确认收到) of an important or urgent notice they opened; repeated: no change. */
    void acknowledge(GxqUser user, long id) {
        TenantScope scope = user.scope();
        if (!scope.isZoneLevel()) {
            throw new AccessDeniedException("zone roles acknowledge");
        }
        Notice n = visible(scope, id);
        if (n.state() != NoticeState.SENT) {
            throw new NoticeRefused("notice.alreadyWithdrawn");
        }
        if (!n.importance().asksAcknowledgement()) {
            throw new NoticeRefused("notice.noAcknowledgement");
        }
        OffsetDateTime now = now();
        if (store.read(id, scope.zoneId(), user.id(), user.displayName(), now) == 1) {
            audit.record(AuditEntry.of("NOTICE_READ", "notice", id).tenant(scope.zoneId(), null).detail(n.title()));
        }
        if (store.acknowledge(id, user.id(), now) == 1) {
            audit.record(AuditEntry.of("NOTICE_ACK", "notice", id).tenant(scope.zoneId(), null).detail(n.title()));
        }
    }

    record FileContent(NoticeFile file, byte[] bytes) {
    }

    /** A file of a notice the caller may open (not of a withdrawn one, for zone users); else 404. */
    @Transactional(readOnly = true)
    FileContent file(GxqUser user, long fileId) {
        TenantScope scope = user.scope();
        NoticeFile f = store.file(fileId).filter(x -> {
            Optional<Notice> n = visibleOpt(scope, x.noticeId());
            return n.isPresent() && (scope.isMinistry() || !n.get().withdrawn());
        }).orElseThrow(() -> new NotFoundException("notice file", fileId));
        return new FileContent(f, store.content(f.id()));
    }

    // ---- receipts ----

    /** One target zone's line of the receipt view. */
    record ZoneLine(ZoneSummary zone, NoticeStore.ZoneReceipt receipt, boolean late) {

        public boolean read() {
            return receipt.readers() > 0;
        }
    }

    record Receipts(Notice notice, List<ZoneLine> lines, int targets, int zonesRead, int readers, boolean unreadOnly) {

        public int ratePercent() {
            return targets == 0 ? 0 : (int) Math.floor(100.0 * zonesRead / targets);
        }
    }

    /** Per target zone: read or not, first reader and time, readers; only the ministry, only once sent. */
    @Transactional(readOnly = true)
    Receipts receipts(GxqUser user, long id, boolean unreadOnly) {
        ministry(user);
        Notice n = found(id);
        if (n.draft()) {
            throw new NotFoundException("receipts of a draft", id);
        }
        Map<Long, ZoneSummary> byId = zoneMap();
        boolean overdue = n.readBy() != null && n.readBy().isBefore(today());
        List<ZoneLine> all = store.zoneReceipts(id).stream().map(r -> new ZoneLine(byId.get(r.zoneId()), r,
                overdue && r.readers() == 0 && n.state() == NoticeState.SENT)).toList();
        int read = (int) all.stream().filter(ZoneLine::read).count();
        int readers = all.stream().mapToInt(l -> l.receipt().readers()).sum();
        List<ZoneLine> shown = unreadOnly ? all.stream().filter(l -> !l.read()).toList() : all;
        return new Receipts(n, shown, all.size(), read, readers, unreadOnly);
    }

    /** Audits an export of receipts (the data leaves the platform). */
    void exported(GxqUser user, long id, int lines) {
        audit.record(AuditEntry.of("NOTICE_RECEIPTS_EXPORT", "notice", id).detail(lines + " zones"));
    }

    // ---- lists ----

    record Page<T>(List<T> rows, int page, boolean hasNext) {
    }

    @Transactional(readOnly = true)
    Page<NoticeStore.Sent> ministryList(GxqUser user, NoticeState state, int page) {
        ministry(user);
        List<NoticeStore.Sent> rows = store.ministryList(state, PAGE_SIZE + 1, page * PAGE_SIZE);
        return new Page<>(rows.stream().limit(PAGE_SIZE).toList(), page, rows.size() > PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    Page<NoticeStore.Inboxed> inbox(GxqUser user, boolean unreadOnly, int page) {
        TenantScope scope = zoneUser(user);
        List<NoticeStore.Inboxed> rows = store.inbox(scope.zoneId(), user.id(), unreadOnly, PAGE_SIZE + 1,
                page * PAGE_SIZE);
        return new Page<>(rows.stream().limit(PAGE_SIZE).toList(), page, rows.size() > PAGE_SIZE);
    }

    /** A zone user's unread sent notices: {all, urgent}. */
    @Transactional(readOnly = true)
    long[] unread(GxqUser user) {
        TenantScope scope = zoneUser(user);
        return store.unread(scope.zoneId(), user.id());
    }

    List<ZoneSummary> allZones() {
        return zones.all();
    }

    /** Provinces that have zones: code → name, in code order. */
    Map<String, String> provinces() {
        Map<String, String> m = new LinkedHashMap<>();
        zones.all().forEach(z -> m.putIfAbsent(z.provinceCode(), z.provinceName()));
        return m;
    }

    // ---- helpers ----

    private record Checked(NoticeStore.Fields fields, Audience audience) {
    }

    private Checked check(Form form, List<FieldProblem> problems) {
        String title = text(form.title(), "title", MAX_TITLE, problems);
        String body = body(form.body(), problems);
        Importance importance = importance(form.importance(), problems);
        LocalDate readBy = readBy(form.readBy(), problems);
        Audience audience = Audience.resolve(form.audience(), form.zones(), form.provinces(), zones.all(), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Checked(new NoticeStore.Fields(title, body, importance, readBy, audience.kind()), audience);
    }

    private static String summary(Checked c) {
        return c.fields().importance() + " " + c.audience().kind() + " " + c.audience().zoneIds().size() + " zones: "
                + c.fields().title();
    }

    static String text(String typed, String field, int max, List<FieldProblem> problems) {
        return TextInput.text(typed, field, max, "notice." + field + ".required", "notice.tooLong", problems);
    }

    /** Plain text with its paragraphs: line breaks normalised to \n, trailing blanks of lines and the text dropped. */
    static String body(String typed, List<FieldProblem> problems) {
        String t = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n');
        t = String.join("\n", t.lines().map(String::stripTrailing).toList()).strip();
        return text(t, "body", MAX_BODY, problems);
    }

    static Importance importance(String typed, List<FieldProblem> problems) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            problems.add(new FieldProblem("importance", "notice.importance.required"));
            return null;
        }
        try {
            return Importance.valueOf(t);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("importance", "notice.importance.bad"));
            return null;
        }
    }

    LocalDate readBy(String typed, List<FieldProblem> problems) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(t);
            if (d.isBefore(today())) {
                problems.add(new FieldProblem("readBy", "notice.readBy.past"));
                return null;
            }
            if (d.isAfter(today().plusYears(1))) {
                problems.add(new FieldProblem("readBy", "notice.readBy.far"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("readBy", "notice.readBy.bad"));
            return null;
        }
    }

    static void checkFiles(List<Upload> uploads, int existing, List<FieldProblem> problems) {
        Attachments.check(uploads, existing, MAX_FILES, MAX_FILE_BYTES, "notice", problems);
    }

    private void attach(GxqUser user, long id, List<Upload> uploads, OffsetDateTime now) {
        for (Upload u : uploads) {
            FileType type = FileType.detect(u.content()).orElseThrow();
            String name = FileType.cleanName(u.originalName());
            long fileId = store.attach(id, name, type.contentType(), u.content(), user.id(), now);
            audit.record(AuditEntry.of("NOTICE_FILE_ATTACH", "notice_file", fileId)
                    .detail("notice " + id + " " + name + " " + type.contentType() + " " + u.content().length + " bytes"));
        }
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void ministry(GxqUser user) {
        if (!user.scope().isMinistry()) {
            throw new AccessDeniedException("ministry only");
        }
    }

    private static TenantScope zoneUser(GxqUser user) {
        TenantScope scope = user.scope();
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            throw new AccessDeniedException("zone roles only");
        }
        return scope;
    }

    private Notice found(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("notice", id));
    }

    private Notice visible(TenantScope scope, long id) {
        return visibleOpt(scope, id).orElseThrow(() -> new NotFoundException("notice", id));
    }

    /** Ministry: every notice; zone roles: sent or withdrawn notices to their zone; everyone else: none. */
    private Optional<Notice> visibleOpt(TenantScope scope, long id) {
        if (scope.isMinistry()) {
            return store.find(id);
        }
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            return Optional.empty();
        }
        return store.find(id).filter(n -> !n.draft() && store.targets(id, scope.zoneId()));
    }

    private List<ZoneSummary> zonesOf(Notice n) {
        Map<Long, ZoneSummary> byId = zoneMap();
        return store.zones(n.id()).stream().map(byId::get).filter(z -> z != null).toList();
    }

    private Map<Long, ZoneSummary> zoneMap() {
        Map<Long, ZoneSummary> m = new LinkedHashMap<>();
        zones.all().forEach(z -> m.put(z.id(), z));
        return m;
    }

    private static void requireDraft(Notice n) {
        if (!n.draft()) {
            throw new NoticeRefused("notice.alreadySent");
        }
    }

    private static int version(String typed, Notice n) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("\\d{1,9}") || Integer.parseInt(t) != n.version()) {
            throw NoticeRefused.stale();
        }
        return n.version();
    }
}
