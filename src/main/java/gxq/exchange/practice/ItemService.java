package gxq.exchange.practice;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
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
import gxq.common.files.Upload;
import gxq.common.text.Snippet;
import gxq.common.text.TermIndex;
import gxq.common.validation.MobileNumber;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.TextInput;
import gxq.exchange.internal.Attachments;
import gxq.exchange.internal.Refused;

/**
 * Good practices and tools shared between zones. Zone admins and staff write drafts for their zone (seen only by
 * their zone), publish them (then every zone and the ministry read, search, comment) and withdraw them with a reason.
 * Zone admins of other zones mark a published item adopted, once per zone. Enterprises and the other roles have no
 * access. Every write is audited in its transaction; publishing writes the search words in the same transaction.
 */
@Service
@Transactional
class ItemService {

    static final int MAX_TITLE = 100;
    static final int MAX_SUMMARY = 300;
    static final int MAX_BODY = 8000;
    static final int MAX_LINK = 500;
    static final int MAX_PROVIDER = 100;
    static final int MAX_CONTACT = 50;
    static final int MAX_REASON = 500;
    static final int MAX_COMMENT = 1000;
    static final int MAX_NOTE = 500;
    static final int PAGE_SIZE = 20;
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILES = 5;

    private final ItemStore store;
    private final AuditLog audit;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    ItemService(ItemStore store, AuditLog audit, PersonalDataCipher cipher, @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    // ---- rules ----

    /** May the caller read the item at all? Drafts: only its zone; withdrawn: its zone and the ministry. */
    static boolean visible(TenantScope scope, SharedItem i) {
        if (scope.isMinistry()) {
            return i.state() != ItemState.DRAFT;
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            return scope.zoneId() == i.zoneId() || i.state() == ItemState.PUBLISHED;
        }
        return false;
    }

    static boolean ownZone(TenantScope scope, SharedItem i) {
        return scope.isZoneLevel() && scope.zoneId() != null && scope.zoneId() == i.zoneId();
    }

    static boolean mayEdit(TenantScope scope, SharedItem i) {
        return ownZone(scope, i) && i.state() == ItemState.DRAFT;
    }

    static boolean mayWithdraw(TenantScope scope, SharedItem i) {
        return ownZone(scope, i) && i.state() == ItemState.PUBLISHED;
    }

    static boolean mayComment(TenantScope scope, SharedItem i) {
        return i.state() == ItemState.PUBLISHED && (scope.isMinistry() || scope.isZoneLevel() && scope.zoneId() != null);
    }

    /** A zone admin of another zone, on a published item. */
    static boolean mayAdopt(TenantScope scope, SharedItem i) {
        return i.state() == ItemState.PUBLISHED && scope.role() == Role.ZONE_ADMIN && scope.zoneId() != null
                && scope.zoneId() != i.zoneId();
    }

    // ---- writing ----

    /** The typed item (as typed, so that a 422 shows it again). */
    record ItemForm(String kind, String title, String summary, String body, List<String> topics, String link,
            String providerName, String contactName, String contactPhone) {

        static ItemForm empty() {
            return new ItemForm("PRACTICE", null, null, null, List.of(), null, null, null, null);
        }

        public boolean hasTopic(String t) {
            return topics != null && topics.contains(t);
        }
    }

    /** A zone user writes a new item for the zone: a draft, or published at once; returns its id. */
    long create(GxqUser user, ItemForm form, boolean publish) {
        return create(user, form, List.of(), publish);
    }

    /** The same with files (JPEG, PNG, PDF by content, at most {@link #MAX_FILES} of {@link #MAX_FILE_BYTES}). */
    long create(GxqUser user, ItemForm form, List<Upload> uploads, boolean publish) {
        long zone = zoneOf(user);
        ItemStore.Fields f = fields(form, uploads, 0);
        OffsetDateTime now = now();
        long id = store.insert(zone, f, user.id(), now);
        audit.record(AuditEntry.of("EXCHANGE_ITEM_DRAFT", "exchange_item", id).tenant(zone, null)
                .detail(f.kind() + " " + f.title()));
        attach(user, id, zone, uploads, now);
        if (publish) {
            publish(user, id, "0");
        }
        return id;
    }

    /** Changes a draft of the caller's zone (version-checked); publishes it when asked. */
    void edit(GxqUser user, long id, String versionText, ItemForm form, List<Upload> uploads, boolean publish) {
        SharedItem i = visible(user.scope(), id);
        if (!ownZone(user.scope(), i)) {
            throw new AccessDeniedException("not the item's zone");
        }
        ItemStore.Fields f = fields(form, uploads, store.files(id).size());
        if (i.state() != ItemState.DRAFT) {
            throw new Refused("exchange.item.notDraft");
        }
        int version = version(versionText, i.version());
        if (!store.update(id, version, f, now())) {
            throw Refused.stale();
        }
        audit.record(AuditEntry.of("EXCHANGE_ITEM_EDIT", "exchange_item", id).tenant(i.zoneId(), null)
                .detail(f.kind() + " " + f.title()));
        attach(user, id, i.zoneId(), uploads, now());
        if (publish) {
            publish(user, id, String.valueOf(version + 1));
        }
    }

    /** DRAFT → PUBLISHED: every zone and the ministry see it; its words go into the search index. */
    void publish(GxqUser user, long id, String versionText) {
        SharedItem i = visible(user.scope(), id);
        if (!ownZone(user.scope(), i)) {
            throw new AccessDeniedException("not the item's zone");
        }
        if (i.state() != ItemState.DRAFT) {
            throw new Refused("exchange.item.notDraft");
        }
        int version = version(versionText, i.version());
        OffsetDateTime now = now();
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("published_at", now);
        if (!store.transition(id, version, ItemState.DRAFT, ItemState.PUBLISHED, cols, now)) {
            throw Refused.stale();
        }
        store.index().replace(id, List.of(new TermIndex.Field(i.title(), 5), new TermIndex.Field(i.summary(), 2),
                new TermIndex.Field(i.providerName(), 2), new TermIndex.Field(i.body(), 1)));
        audit.record(AuditEntry.of("EXCHANGE_ITEM_PUBLISH", "exchange_item", id).tenant(i.zoneId(), null)
                .detail(i.kind() + " " + i.title()));
    }

    /** PUBLISHED → WITHDRAWN by its zone, with the reason; it leaves the search. */
    void withdraw(GxqUser user, long id, String versionText, String reasonText) {
        SharedItem i = visible(user.scope(), id);
        if (!ownZone(user.scope(), i)) {
            throw new AccessDeniedException("not the item's zone");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String reason = text(reasonText, "reason", MAX_REASON, true, problems);
        check(problems);
        if (i.state() != ItemState.PUBLISHED) {
            throw new Refused("exchange.item.notPublished");
        }
        int version = version(versionText, i.version());
        OffsetDateTime now = now();
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("withdrawn_at", now);
        cols.put("withdraw_reason", reason);
        if (!store.transition(id, version, ItemState.PUBLISHED, ItemState.WITHDRAWN, cols, now)) {
            throw Refused.stale();
        }
        store.index().remove(id);
        audit.record(AuditEntry.of("EXCHANGE_ITEM_WITHDRAW", "exchange_item", id).tenant(i.zoneId(), null)
                .detail(i.title() + "; " + reason));
    }

    // ---- reading ----

    record Detail(SharedItem item, TenantScope scope, List<Comment> comments, List<Adoption> adoptions,
            Adoption mine, String phone, List<ItemFile> files) {

        public boolean own() {
            return ownZone(scope, item);
        }

        public boolean mayEdit() {
            return ItemService.mayEdit(scope, item);
        }

        public boolean mayWithdraw() {
            return ItemService.mayWithdraw(scope, item);
        }

        public boolean mayComment() {
            return ItemService.mayComment(scope, item);
        }

        public boolean mayAdopt() {
            return ItemService.mayAdopt(scope, item);
        }

        public boolean mayDelete(Comment c) {
            return c.authorId() == scope.userId();
        }

        /** The phone as shown: in full to its own zone or after a reveal, masked otherwise. */
        public String shownPhone() {
            return phone != null ? phone : item.contactPhoneMasked();
        }

        public boolean mayReveal() {
            return phone == null && item.contactPhoneEnc() != null;
        }
    }

    @Transactional(readOnly = true)
    Detail detail(GxqUser user, long id) {
        return detail(user, visible(user.scope(), id), false);
    }

    private Detail detail(GxqUser user, SharedItem i, boolean revealed) {
        TenantScope scope = user.scope();
        String phone = (ownZone(scope, i) || revealed) && i.contactPhoneEnc() != null
                ? cipher.decrypt(i.contactPhoneEnc()) : null;
        Adoption mine = scope.isZoneLevel() && scope.zoneId() != null
                ? store.adoption(i.id(), scope.zoneId()).orElse(null) : null;
        return new Detail(i, scope, i.state() == ItemState.DRAFT ? List.of() : store.comments(i.id()),
                store.adoptions(i.id()), mine, phone, store.files(i.id()));
    }

    /** The provider's phone in full for a reader of another zone or the ministry: a deliberate, audited read. */
    Detail revealContact(GxqUser user, long id) {
        SharedItem i = visible(user.scope(), id);
        if (i.contactPhoneEnc() != null) {
            audit.record(AuditEntry.of("EXCHANGE_ITEM_CONTACT_REVEAL", "exchange_item", id).tenant(i.zoneId(), null)
                    .detail(i.providerName() + " " + i.contactPhoneMasked()));
        }
        return detail(user, i, true);
    }

    /** The item if the caller may read it; else 404 (also for roles without access to sharing). */
    SharedItem visible(TenantScope scope, long id) {
        return store.find(id).filter(i -> visible(scope, i)).orElseThrow(() -> new NotFoundException("exchange item", id));
    }

    /** The item as typed for the edit form (phone in full: only the own zone edits). */
    @Transactional(readOnly = true)
    ItemForm editForm(GxqUser user, long id) {
        SharedItem i = visible(user.scope(), id);
        if (!mayEdit(user.scope(), i)) {
            throw new Refused("exchange.item.notDraft");
        }
        return new ItemForm(i.kind().name(), i.title(), i.summary(), i.body(),
                i.topics().stream().map(Enum::name).toList(), i.link(), i.providerName(), i.contactName(),
                i.contactPhoneEnc() == null ? null : cipher.decrypt(i.contactPhoneEnc()));
    }

    // ---- comments and adoptions ----

    void comment(GxqUser user, long id, String bodyText) {
        SharedItem i = visible(user.scope(), id);
        List<FieldProblem> problems = new ArrayList<>();
        String body = text(bodyText, "comment", MAX_COMMENT, true, problems);
        check(problems);
        if (!mayComment(user.scope(), i) || !store.lockIn(id, ItemState.PUBLISHED)) {
            throw new Refused("exchange.item.notPublished");
        }
        Long zone = user.scope().isMinistry() ? null : user.scope().zoneId();
        long cid = store.comment(id, zone, user.id(), user.displayName(), body, now());
        audit.record(AuditEntry.of("EXCHANGE_COMMENT", "exchange_comment", cid).tenant(i.zoneId(), null)
                .detail("item " + id + ": " + body));
    }

    /** The author deletes a comment of theirs; answers the item's id. Someone else's comment: 404. */
    long deleteComment(GxqUser user, long commentId) {
        Comment c = store.findComment(commentId).filter(x -> x.authorId() == user.id())
                .orElseThrow(() -> new NotFoundException("exchange comment", commentId));
        SharedItem i = visible(user.scope(), c.itemId());
        if (!store.deleteComment(commentId, user.id())) {
            throw new NotFoundException("exchange comment", commentId);
        }
        audit.record(AuditEntry.of("EXCHANGE_COMMENT_DELETE", "exchange_comment", commentId).tenant(i.zoneId(), null)
                .detail("item " + i.id() + ": " + c.body()));
        return i.id();
    }

    /** The caller's zone marks the item adopted, once; a second time (or a race lost) answers 409. */
    void adopt(GxqUser user, long id, String noteText) {
        SharedItem i = visible(user.scope(), id);
        List<FieldProblem> problems = new ArrayList<>();
        String note = text(noteText, "note", MAX_NOTE, false, problems);
        check(problems);
        if (!mayAdopt(user.scope(), i)) {
            if (ownZone(user.scope(), i)) {
                throw new Refused("exchange.adopt.own");
            }
            if (i.state() != ItemState.PUBLISHED) {
                throw new Refused("exchange.item.notPublished");
            }
            throw new AccessDeniedException("zone admins adopt");
        }
        if (!store.lockIn(id, ItemState.PUBLISHED)) { // withdrawn meanwhile
            throw new Refused("exchange.item.notPublished");
        }
        long zone = user.scope().zoneId();
        if (!store.adopt(id, zone, note, user.id(), now())) {
            throw new Refused("exchange.adopt.already");
        }
        audit.record(AuditEntry.of("EXCHANGE_ADOPT", "exchange_item", id).tenant(zone, null)
                .detail(i.title() + (note == null ? "" : "; " + note)));
    }

    void unadopt(GxqUser user, long id) {
        SharedItem i = visible(user.scope(), id);
        if (user.scope().role() != Role.ZONE_ADMIN) {
            throw new AccessDeniedException("zone admins adopt");
        }
        long zone = user.scope().zoneId();
        if (!store.unadopt(id, zone)) {
            throw new Refused("exchange.adopt.none");
        }
        audit.record(AuditEntry.of("EXCHANGE_UNADOPT", "exchange_item", id).tenant(zone, null).detail(i.title()));
    }

    // ---- files ----

    record FileContent(ItemFile file, byte[] bytes) {
    }

    /** A file of an item the caller may read; else 404. */
    @Transactional(readOnly = true)
    FileContent file(TenantScope scope, long fileId) {
        ItemFile f = store.file(fileId).filter(x -> store.find(x.itemId()).filter(i -> visible(scope, i)).isPresent())
                .orElseThrow(() -> new NotFoundException("exchange item file", fileId));
        return new FileContent(f, store.content(f.id()));
    }

    @Transactional(readOnly = true)
    List<ItemFile> files(long itemId) {
        return store.files(itemId);
    }

    /** Removes a file of a draft of the caller's zone; answers the item's id. */
    long deleteFile(GxqUser user, long fileId) {
        ItemFile f = store.file(fileId).orElseThrow(() -> new NotFoundException("exchange item file", fileId));
        SharedItem i = visible(user.scope(), f.itemId());
        if (!ownZone(user.scope(), i)) {
            throw new AccessDeniedException("not the item's zone");
        }
        if (i.state() != ItemState.DRAFT || !store.lockIn(i.id(), ItemState.DRAFT)) {
            throw new Refused("exchange.item.notDraft");
        }
        store.deleteFile(fileId);
        audit.record(AuditEntry.of("EXCHANGE_ITEM_FILE_DELETE", "exchange_item_file", fileId).tenant(i.zoneId(), null)
                .detail("item " + i.id() + " " + f.fileName()));
        return i.id();
    }

    private void attach(GxqUser user, long itemId, long zone, List<Upload> uploads, OffsetDateTime now) {
        for (Upload u : uploads) {
            FileType type = FileType.detect(u.content()).orElseThrow();
            String name = FileType.cleanName(u.originalName());
            long fileId = store.attach(itemId, name, type.contentType(), u.content(), user.id(), now);
            audit.record(AuditEntry.of("EXCHANGE_ITEM_ATTACH", "exchange_item_file", fileId).tenant(zone, null)
                    .detail("item " + itemId + " " + name + " " + type.contentType() + " " + u.content().length + " bytes"));
        }
    }

    static void checkFiles(List<Upload> uploads, int existing, List<FieldProblem> problems) {
        Attachments.check(uploads, existing, MAX_FILES, MAX_FILE_BYTES, "exchange", problems);
    }

    // ---- lists ----

    /** Search and filters as typed (strings, kept on the page). */
    record Query(String q, String kind, String topic, String province, String adopted) {

        static Query none() {
            return new Query(null, null, null, null, null);
        }
    }

    /** A found item with its title and text cut into parts to mark the hits. */
    record Hit(SharedItem item, List<Snippet.Part> title, List<Snippet.Part> snippet) {
    }

    /** {@code noWords}: the query had no word to search for (only stop words, numbers or single characters). */
    record Page(List<Hit> rows, int page, boolean hasNext, long total, boolean noWords) {
    }

    /** Published items of every zone: by rank for a query, else newest first. */
    @Transactional(readOnly = true)
    Page search(GxqUser user, Query query, int page) {
        TenantScope scope = user.scope();
        if (!scope.isMinistry() && !(scope.isZoneLevel() && scope.zoneId() != null)) {
            throw new AccessDeniedException("zones and the ministry");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("i.state = 'PUBLISHED'");
        parse(Kind.class, query.kind()).ifPresent(k -> {
            where.append(" and i.kind = :kind");
            p.put("kind", k.name());
        });
        parse(Topic.class, query.topic()).ifPresent(t -> {
            where.append(" and exists (select 1 from exchange_item_topic t where t.item_id = i.id and t.topic = :topic)");
            p.put("topic", t.name());
        });
        String province = clean(query.province());
        if (province != null && province.matches("\\d{6}")) {
            where.append(" and z.province_code = :province");
            p.put("province", province);
        }
        if ("1".equals(query.adopted()) && scope.zoneId() != null) {
            where.append(" and exists (select 1 from exchange_adoption a where a.item_id = i.id and a.zone_id = :myZone)");
            p.put("myZone", scope.zoneId());
        }
        String q = clean(query.q());
        TermIndex.Ranking ranking = null;
        List<String> terms = List.of();
        if (q != null) {
            terms = TermIndex.queryTerms(q);
            if (terms.isEmpty()) {
                return new Page(List.of(), 0, false, 0, true);
            }
            ranking = store.index().rank(q);
        }
        List<SharedItem> rows = store.list(where.toString(), p, ranking, PAGE_SIZE + 1, page * PAGE_SIZE);
        List<String> t = terms;
        List<Hit> hits = rows.stream().limit(PAGE_SIZE).map(i -> new Hit(i, Snippet.of(i.title(), t, MAX_TITLE),
                Snippet.of(t.isEmpty() ? i.summary() : i.summary() + " " + i.body(), t, 160))).toList();
        return new Page(hits, page, rows.size() > PAGE_SIZE, store.count(where.toString(), p, ranking), false);
    }

    /** The caller's zone's own items in every state, latest first. */
    @Transactional(readOnly = true)
    Page mine(GxqUser user, int page) {
        long zone = zoneOf(user);
        Map<String, Object> p = Map.of("zone", zone);
        List<SharedItem> rows = store.list("i.zone_id = :zone", p, null, PAGE_SIZE + 1, page * PAGE_SIZE);
        return new Page(rows.stream().limit(PAGE_SIZE).map(i -> new Hit(i, Snippet.of(i.title(), List.of(), MAX_TITLE),
                Snippet.of(i.summary(), List.of(), 160))).toList(), page, rows.size() > PAGE_SIZE,
                store.count("i.zone_id = :zone", p, null), false);
    }

    // ---- input ----

    ItemStore.Fields fields(ItemForm form, List<Upload> uploads, int existingFiles) {
        List<FieldProblem> problems = new ArrayList<>();
        checkFiles(uploads, existingFiles, problems);
        Kind kind = parse(Kind.class, form.kind()).orElse(null);
        if (kind == null) {
            problems.add(new FieldProblem("kind", "exchange.kind.required"));
        }
        String title = text(form.title(), "title", MAX_TITLE, true, problems);
        String summary = text(form.summary(), "summary", MAX_SUMMARY, true, problems);
        String body = text(form.body(), "body", MAX_BODY, true, problems);
        Set<Topic> topics = new LinkedHashSet<>();
        for (String t : form.topics() == null ? List.<String>of() : form.topics()) {
            Optional<Topic> topic = parse(Topic.class, t);
            if (topic.isEmpty()) {
                problems.add(new FieldProblem("topics", "exchange.topics.bad"));
            }
            topic.ifPresent(topics::add);
        }
        if (topics.isEmpty() && problems.stream().noneMatch(x -> "topics".equals(x.field()))) {
            problems.add(new FieldProblem("topics", "exchange.topics.required"));
        }
        String link = text(form.link(), "link", MAX_LINK, false, problems);
        if (link != null && !webAddress(link)) {
            problems.add(new FieldProblem("link", "exchange.link.bad"));
        }
        String provider = text(form.providerName(), "providerName", MAX_PROVIDER, kind == Kind.TOOL, problems);
        String contact = text(form.contactName(), "contactName", MAX_CONTACT, false, problems);
        String phone = clean(form.contactPhone());
        String normalized = null;
        if (phone != null) {
            normalized = MobileNumber.normalize(phone);
            if (!MobileNumber.isValid(normalized)) {
                problems.add(new FieldProblem("contactPhone", "exchange.phone.bad"));
            }
        }
        check(problems);
        return new ItemStore.Fields(kind, title, summary, body, link, provider, contact,
                normalized == null ? null : cipher.encrypt(normalized), normalized == null ? null : Masks.phone(normalized),
                List.copyOf(topics));
    }

    /** An absolute http or https address with a host. */
    static boolean webAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long zoneOf(GxqUser user) {
        TenantScope scope = user.scope();
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            throw new AccessDeniedException("zone roles share items");
        }
        return scope.zoneId();
    }

    static int version(String text, int current) {
        String t = clean(text);
        if (t == null || !t.matches("\\d{1,9}") || Integer.parseInt(t) != current) {
            throw Refused.stale();
        }
        return current;
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String typed) {
        String t = clean(typed);
        if (t == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, t));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String text(String typed, String field, int max, boolean required, List<FieldProblem> problems) {
        return TextInput.text(typed, field, max, required ? "exchange." + field + ".required" : null, "exchange.tooLong", problems);
    }

    static String clean(String s) {
        return TextInput.clean(s);
    }

    static void check(List<FieldProblem> problems) {
        InvalidInput.throwIfAny(problems);
    }
}
