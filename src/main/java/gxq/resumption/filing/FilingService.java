package gxq.resumption.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.files.FileType;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.health.RedStaff;
import gxq.org.Enterprises;
import gxq.resumption.ChecklistItem;
import gxq.resumption.Checklists;
import gxq.resumption.internal.EditConflict;
import gxq.resumption.internal.FilingState;
import gxq.resumption.internal.FilingStatusChanged;

/**
 * Filings to resume work (复工申请): the enterprise admin saves a draft and submits it; zone roles approve, return or
 * reject it. Every change of state is version-checked, written to the history, audited and published as
 * {@link FilingStatusChanged} inside the transaction.
 */
@Service
@Transactional
class FilingService {

    static final int RED_NAMES_SHOWN = 20;
    /** Room of {@code resumption_filing_history.item_comments} (V21); longer lines are cut, the answers keep all. */
    static final int MAX_ITEM_COMMENTS = 32000;

    private final FilingStore store;
    private final Checklists checklists;
    private final RedStaff redStaff;
    private final Enterprises enterprises;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final int reviewHours;

    FilingService(FilingStore store, Checklists checklists, RedStaff redStaff, Enterprises enterprises, AuditLog audit,
            ApplicationEventPublisher events, PersonalDataCipher cipher, @Qualifier("healthClock") Clock clock,
            @Value("${gxq.resumption.review-hours:48}") int reviewHours) {
        if (reviewHours < 1) {
            throw new IllegalArgumentException("gxq.resumption.review-hours must be at least 1");
        }
        this.store = store;
        this.checklists = checklists;
        this.redStaff = redStaff;
        this.enterprises = enterprises;
        this.audit = audit;
        this.events = events;
        this.cipher = cipher;
        this.clock = clock;
        this.reviewHours = reviewHours;
    }

    int reviewHours() {
        return reviewHours;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    // ---- enterprise admin ----

    /**
     * The filing's contact number in full, for its enterprise admin's form (the admin typed it and edits it); everyone
     * else sees {@link Filing#contactPhoneMasked()}.
     */
    String contactPhone(Filing f) {
        return f == null || f.contactPhoneEnc() == null ? null : cipher.decrypt(f.contactPhoneEnc());
    }

    private FilingStore.Phone phone(String normalized) {
        return normalized == null ? new FilingStore.Phone(null, null)
                : new FilingStore.Phone(cipher.encrypt(normalized), Masks.phone(normalized));
    }

    /**
     * The enterprise's page: {@code filing} is the open one, else the latest (null: none yet); {@code answers} are its
     * answers, or the effective checklist as empty answers when a new filing may be started.
     */
    record EnterprisePage(Filing filing, List<Answer> answers, List<Answer> formAnswers, Map<Long, String> guidance,
            List<HistoryLine> history, List<Filing> earlier, boolean editable, boolean mayStart, boolean activeEnterprise) {

        public boolean showForm() {
            return editable || mayStart;
        }
    }

    @Transactional(readOnly = true)
    EnterprisePage enterprisePage(TenantScope scope) {
        long ent = ownEnterprise(scope);
        boolean active = enterprises.find(ent).map(e -> e.active()).orElse(false);
        List<Filing> all = store.ofEnterprise(ent);
        Filing latest = all.isEmpty() ? null : all.get(0);
        List<ChecklistItem> items = checklists.effectiveFor(scope.zoneId());
        Map<Long, String> guidance = items.stream()
                .collect(Collectors.toMap(ChecklistItem::id, ChecklistItem::guidance, (a, b) -> a, LinkedHashMap::new));
        List<Filing> earlier = all.size() > 1 ? all.subList(1, all.size()) : List.of();
        boolean mayStart = active && (latest == null || latest.state() == FilingState.REJECTED);
        if (latest == null) {
            return new EnterprisePage(null, List.of(), blank(items), guidance, List.of(), earlier, false, mayStart,
                    active);
        }
        List<Answer> answers = store.answers(latest.id());
        boolean editable = active && latest.editable();
        List<Answer> form = editable ? withNewItems(answers, items) : mayStart ? blank(items) : List.of();
        return new EnterprisePage(latest, answers, form, guidance, store.history(latest.id()), earlier, editable,
                mayStart, active);
    }

    /** The effective checklist as unanswered answers, for a new filing's form. */
    List<Answer> blank(List<ChecklistItem> items) {
        List<Answer> list = new ArrayList<>();
        int position = 0;
        for (ChecklistItem i : items) {
            list.add(new Answer(i.id(), i.code(), i.title(), i.evidenceRequired(), ++position, null, null, null, null,
                    List.of()));
        }
        return list;
    }

    /** Items the zone added after the filing was started are answered too. */
    private List<Answer> withNewItems(List<Answer> answers, List<ChecklistItem> items) {
        List<Answer> all = new ArrayList<>(answers);
        for (Answer b : blank(items)) {
            if (answers.stream().noneMatch(a -> a.itemId() == b.itemId())) {
                all.add(b);
            }
        }
        return all;
    }

    /**
     * Saves the typed form (and files) as the enterprise's open filing, creating it if the form has no version; with
     * {@code submit}, then submits it. Returns what a submission still lacks (the draft is saved all the same); format
     * problems and bad files throw {@link InvalidInput} and save nothing.
     */
    List<FieldProblem> save(GxqUser user, FilingForm form, List<Upload> uploads, boolean submit) {
        TenantScope scope = user.scope();
        long ent = ownEnterprise(scope);
        long zone = scope.zoneId();
        if (!enterprises.find(ent).map(e -> e.active()).orElse(false)) {
            throw new FilingRefused("resumption.filing.notActive");
        }
        List<FieldProblem> problems = new ArrayList<>();
        FilingRules.Values values = FilingRules.parse(form, problems);
        OffsetDateTime now = now();
        List<Filing> all = store.ofEnterprise(ent);
        Optional<Filing> open = all.stream().filter(Filing::editable).findFirst()
                .or(() -> all.stream().filter(f -> f.state() == FilingState.SUBMITTED).findFirst());
        Integer version = parseVersion(form.getVersion());
        List<ChecklistItem> items = checklists.effectiveFor(zone);
        Filing filing = null;
        List<Answer> before;
        if (version == null) {
            if (open.isPresent()) {
                throw new EditConflict();
            }
            if (all.stream().anyMatch(f -> f.state() == FilingState.APPROVED)) {
                throw new FilingRefused("resumption.filing.alreadyApproved");
            }
            before = blank(items);
        } else {
            filing = open.orElseThrow(EditConflict::new);
            if (!filing.editable()) {
                throw new FilingRefused("resumption.filing.notEditable", stateName(filing.state()));
            }
            if (filing.version() != version) {
                throw new EditConflict();
            }
            before = withNewItems(store.answers(filing.id()), items);
        }
        // every problem of the request at once: formats and files; nothing is saved if there is one
        checkFiles(before, uploads, form.detach(), problems);
        checkProblems(problems);
        int current;
        if (filing == null) {
            long id;
            try {
                id = store.insert(zone, ent, user.id(), now);
            } catch (DuplicateKeyException e) {
                throw new EditConflict();
            }
            filing = store.find(id).orElseThrow();
            store.history(filing, null, FilingState.DRAFT, user.id(), user.displayName(), null, null, now);
            audit.record(AuditEntry.of("RESUMPTION_FILING_CREATE", "resumption_filing", id).tenant(zone, ent));
            current = 0;
        } else {
            current = version;
        }
        // the version-checked update first: it locks the row, so a concurrent save of the same version waits and then
        // changes nothing (409) instead of adding the same new items a second time
        if (!store.update(filing.id(), current, values, phone(values.contactPhone()), user.id(), now)) {
            throw new EditConflict();
        }
        try {
            store.addItems(filing.id(), items, store.answers(filing.id()));
        } catch (DuplicateKeyException e) {
            throw new EditConflict();
        }
        List<Answer> answers = store.answers(filing.id());
        if (version == null) {
            events.publishEvent(new FilingStatusChanged(zone, ent, filing.id(), null, FilingState.DRAFT,
                    values.plannedDate(), values.monthlyOutput(), now.toInstant()));
        }
        for (Answer a : answers) {
            FilingRules.AnswerValue v = values.answers().get(a.itemId());
            if (v != null) {
                store.answer(filing.id(), a.itemId(), v);
            }
        }
        long filingId = filing.id();
        for (Long detach : form.detach()) {
            Optional<Attachment> att = store.attachment(detach).filter(x -> x.filingId() == filingId);
            if (att.isPresent()) {
                store.detach(detach);
                audit.record(AuditEntry.of("RESUMPTION_FILING_DETACH", "resumption_filing_attachment", detach)
                        .tenant(zone, ent).detail("filing " + filing.id() + " item " + att.get().itemId() + " "
                                + att.get().fileName()));
            }
        }
        for (Upload u : uploads) {
            FileType type = FileType.detect(u.content()).orElseThrow();
            String name = FileType.cleanName(u.originalName());
            long id = store.attach(filing, u.itemId(), name, type.contentType(), u.content(), user.id(), now);
            audit.record(AuditEntry.of("RESUMPTION_FILING_ATTACH", "resumption_filing_attachment", id).tenant(zone, ent)
                    .detail("filing " + filing.id() + " item " + u.itemId() + " " + name + " " + type.contentType() + " "
                            + u.content().length + " bytes"));
        }
        audit.record(AuditEntry.of("RESUMPTION_FILING_SAVE", "resumption_filing", filing.id()).tenant(zone, ent)
                .detail("version " + (current + 1)));
        if (!submit) {
            return List.of();
        }
        Filing saved = store.find(filing.id()).orElseThrow();
        List<FieldProblem> missing = FilingRules.missingForSubmit(saved, store.answers(saved.id()), today());
        if (!missing.isEmpty()) {
            return missing;
        }
        if (!store.submit(saved.id(), saved.version(), saved.state(), user.id(), now,
                FilingRules.reviewDue(now, reviewHours))) {
            throw new EditConflict();
        }
        transitioned(user, saved, saved.state(), FilingState.SUBMITTED, null, null, now,
                saved.plannedDate());
        audit.record(AuditEntry.of("RESUMPTION_FILING_SUBMIT", "resumption_filing", saved.id()).tenant(zone, ent)
                .detail(saved.state() + " -> SUBMITTED, planned " + saved.plannedDate()));
        return List.of();
    }

    private void checkFiles(List<Answer> answers, List<Upload> uploads, List<Long> detach,
            List<FieldProblem> problems) {
        Map<Long, Integer> count = new LinkedHashMap<>();
        for (Answer a : answers) {
            count.put(a.itemId(), (int) a.attachments().stream().filter(x -> !detach.contains(x.id())).count());
        }
        for (Upload u : uploads) {
            String field = "files." + u.itemId();
            String name = FileType.cleanName(u.originalName());
            if (!count.containsKey(u.itemId())) {
                problems.add(new FieldProblem(null, "resumption.filing.file.noItem", name));
                continue;
            }
            if (u.content() == null || u.size() > FilingRules.MAX_FILE_BYTES) {
                problems.add(new FieldProblem(field, "resumption.filing.file.tooLarge", name,
                        String.valueOf(FilingRules.MAX_FILE_BYTES / (1024 * 1024))));
                continue;
            }
            Optional<FileType> type = FileType.detect(u.content());
            if (type.isEmpty()) {
                problems.add(new FieldProblem(field, "resumption.filing.file.type", name));
                continue;
            }
            if (!type.get().fitsName(name)) {
                problems.add(new FieldProblem(field, "resumption.filing.file.mismatch", name,
                        type.get().name()));
                continue;
            }
            int n = count.merge(u.itemId(), 1, Integer::sum);
            if (n > FilingRules.MAX_FILES_PER_ITEM) {
                problems.add(new FieldProblem(field, "resumption.filing.file.tooMany", name,
                        String.valueOf(FilingRules.MAX_FILES_PER_ITEM)));
            }
        }
    }

    // ---- zone review ----

    record ReviewPage(Filing filing, List<Answer> answers, List<HistoryLine> history, long redCount,
            List<RedStaff.RedCase> red, FilingRules.Countdown countdown, boolean reviewable) {

        public boolean approvable() {
            return reviewable && redCount == 0;
        }
    }

    @Transactional(readOnly = true)
    ReviewPage reviewPage(TenantScope scope, long id) {
        Filing f = reviewable(scope, id);
        long red = redStaff.countUnresolved(f.enterpriseId());
        return new ReviewPage(f, store.answers(id), store.history(id), red,
                red == 0 ? List.of() : redStaff.unresolved(f.enterpriseId(), RED_NAMES_SHOWN),
                f.reviewDue() == null ? null : FilingRules.countdown(f.reviewDue(), now()),
                FilingRules.mayReview(f.state()));
    }

    enum Decision {
        APPROVE(FilingState.APPROVED), RETURN(FilingState.RETURNED), REJECT(FilingState.REJECTED);

        final FilingState to;

        Decision(FilingState to) {
            this.to = to;
        }
    }

    /** A zone role's decision on a submitted filing; item comments are keyed by item id. */
    void decide(GxqUser user, long id, String decisionText, String versionText, String commentText,
            Map<Long, String> itemCommentsTyped) {
        TenantScope scope = user.scope();
        Filing f = reviewable(scope, id);
        List<FieldProblem> problems = new ArrayList<>();
        Decision decision = null;
        try {
            decision = decisionText == null ? null : Decision.valueOf(decisionText);
        } catch (IllegalArgumentException e) {
            decision = null;
        }
        if (decision == null) {
            problems.add(new FieldProblem("decision", "resumption.filing.review.decision"));
        }
        String comment = FilingRules.clean(commentText);
        if (comment != null && comment.length() > 2000) {
            problems.add(new FieldProblem("comment", "resumption.filing.tooLong.comment", "2000"));
        }
        List<Answer> answers = store.answers(id);
        Map<Long, String> itemComments = new LinkedHashMap<>();
        for (Answer a : answers) {
            String c = FilingRules.clean(itemCommentsTyped.get(a.itemId()));
            if (c != null) {
                if (c.length() > 1000) {
                    problems.add(new FieldProblem("itemComment." + a.itemId(), "resumption.filing.tooLong.itemComment",
                            a.code(), "1000"));
                }
                itemComments.put(a.itemId(), c);
            }
        }
        if (decision == Decision.REJECT && comment == null) {
            problems.add(new FieldProblem("comment", "resumption.filing.review.reasonRequired"));
        }
        if (decision == Decision.RETURN && comment == null && itemComments.isEmpty()) {
            problems.add(new FieldProblem("comment", "resumption.filing.review.commentRequired"));
        }
        checkProblems(problems);
        if (!FilingRules.mayReview(f.state())) {
            throw new FilingRefused("resumption.filing.review.state", stateName(f.state()));
        }
        Integer version = parseVersion(versionText);
        if (version == null || version != f.version()) {
            throw new EditConflict();
        }
        if (decision == Decision.APPROVE) {
            long red = redStaff.countUnresolved(f.enterpriseId());
            if (red > 0) {
                throw new FilingRefused("resumption.filing.review.red", String.valueOf(red));
            }
        }
        if (decision == Decision.APPROVE) {
            itemComments.clear(); // an approval has no item comments: none is kept, recorded or audited
        }
        OffsetDateTime now = now();
        if (!store.decide(id, version, decision.to, user.id(), now, comment)) {
            throw new EditConflict();
        }
        store.reviewComments(id, itemComments);
        String lines = itemComments.isEmpty() ? null : cut(answers.stream()
                .filter(a -> itemComments.containsKey(a.itemId()))
                .map(a -> a.code() + " " + a.title() + "：" + itemComments.get(a.itemId()))
                .collect(Collectors.joining("\n")), MAX_ITEM_COMMENTS);
        LocalDate resumeOn = f.plannedDate();
        if (decision == Decision.APPROVE && resumeOn != null && resumeOn.isBefore(today())) {
            resumeOn = today();
        }
        transitioned(user, f, FilingState.SUBMITTED, decision.to, comment, lines, now, resumeOn);
        audit.record(AuditEntry.of("RESUMPTION_FILING_" + decision.name(), "resumption_filing", id)
                .tenant(f.zoneId(), f.enterpriseId())
                .detail("SUBMITTED -> " + decision.to + (comment == null ? "" : "; " + comment)
                        + (lines == null ? "" : "; " + lines.replace('\n', ';'))));
    }

    private void transitioned(GxqUser user, Filing f, FilingState from, FilingState to, String comment,
            String itemComments, OffsetDateTime now, LocalDate resumeOn) {
        store.history(f, from, to, user.id(), user.displayName(), comment, itemComments, now);
        events.publishEvent(new FilingStatusChanged(f.zoneId(), f.enterpriseId(), f.id(), from, to, resumeOn,
                f.monthlyOutput(), now.toInstant()));
    }

    /** A filing of the caller's zone that was submitted at least once; anything else is 404. */
    private Filing reviewable(TenantScope scope, long id) {
        ownZone(scope);
        return store.find(id).filter(f -> scope.permitsEnterprise(f.zoneId(), f.enterpriseId()))
                .filter(f -> f.submittedAt() != null).orElseThrow(() -> new NotFoundException("filing", id));
    }

    // ---- queue ----

    record QueueRow(Filing filing, FilingRules.Countdown countdown) {
    }

    record Queue(List<QueueRow> rows, int page, boolean hasNext, Map<String, Long> counts) {
    }

    static final int PAGE_SIZE = 20;

    @Transactional(readOnly = true)
    Queue queue(TenantScope scope, FilingStore.Query q, int page) {
        ownZone(scope);
        OffsetDateTime now = now();
        OffsetDateTime from = q.submittedFrom() == null ? null
                : q.submittedFrom().atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime to = q.submittedTo() == null ? null
                : q.submittedTo().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        List<Filing> list = store.queue(scope, q, from, to, PAGE_SIZE + 1, page * PAGE_SIZE);
        boolean hasNext = list.size() > PAGE_SIZE;
        List<QueueRow> rows = list.stream().limit(PAGE_SIZE).map(f -> new QueueRow(f,
                f.state() == FilingState.SUBMITTED ? FilingRules.countdown(f.reviewDue(), now) : null)).toList();
        return new Queue(rows, page, hasNext, store.counts(scope, now));
    }

    /** The ministry's read-only view: counts by zone and state. */
    @Transactional(readOnly = true)
    List<FilingStore.ZoneCounts> countsByZone(TenantScope scope) {
        if (!scope.isMinistry()) {
            throw new AccessDeniedException("ministry only");
        }
        return store.countsByZone(now());
    }

    @Transactional(readOnly = true)
    Map<String, Long> counts(TenantScope scope) {
        return store.counts(scope, now());
    }

    // ---- attachments ----

    record FileContent(Attachment attachment, byte[] bytes) {
    }

    /** The file for its enterprise's admin, or for its zone's roles once the filing was submitted; else 404. */
    @Transactional(readOnly = true)
    FileContent file(TenantScope scope, long attachmentId) {
        Attachment a = store.attachment(attachmentId)
                .filter(x -> scope.isZoneLevel() || scope.role() == Role.ENTERPRISE_ADMIN)
                .filter(x -> scope.permitsEnterprise(x.zoneId(), x.enterpriseId()))
                .filter(x -> !scope.isZoneLevel()
                        || store.find(x.filingId()).map(f -> f.submittedAt() != null).orElse(false))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new FileContent(a, store.content(a.id()));
    }

    // ---- helpers ----

    static long ownEnterprise(TenantScope scope) {
        if (scope.role() == Role.ENTERPRISE_ADMIN && scope.enterpriseId() != null && scope.zoneId() != null) {
            return scope.enterpriseId();
        }
        throw new AccessDeniedException("only an enterprise admin files");
    }

    static long ownZone(TenantScope scope) {
        if ((scope.role() == Role.ZONE_ADMIN || scope.role() == Role.ZONE_STAFF) && scope.zoneId() != null) {
            return scope.zoneId();
        }
        throw new AccessDeniedException("zone roles only");
    }

    /** The state's name in the reader's language, as a message argument. */
    static DefaultMessageSourceResolvable stateName(FilingState state) {
        return new DefaultMessageSourceResolvable(new String[] {"resumption.filing.state." + state.name()}, state.name());
    }

    private static void checkProblems(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** {@code text} if it fits in {@code max} characters, else its start and "…" (never a broken surrogate pair). */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static Integer parseVersion(String s) {
        String t = FilingRules.clean(s);
        return t != null && t.matches("\\d{1,9}") ? Integer.parseInt(t) : null;
    }
}
