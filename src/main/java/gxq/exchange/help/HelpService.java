package gxq.exchange.help;

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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.MobileNumber;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.TextInput;
import gxq.exchange.internal.Refused;

/**
 * Help requests between zones (互帮互助). A zone's admins and staff post a request; other zones answer with offers; the
 * requesting zone accepts or declines each offer (version-checked on the request: of two simultaneous decisions one
 * wins, the other answers 409), marks the request met or closes it. Contacts are masked; accepting an offer reveals
 * each side's contact to the other. Every zone reads every request; the ministry reads all (no writes). Audited.
 */
@Service
@Transactional
class HelpService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int MAX_TITLE = 100;
    static final int MAX_DETAILS = 2000;
    static final int MAX_UNIT = 10;
    static final int MAX_CONTACT = 50;
    static final int MAX_MESSAGE = 1000;
    static final int MAX_QUANTITY = 100_000_000;
    static final int PAGE_SIZE = 20;

    /** Who the caller is to a request. */
    enum Party {
        /** admins and staff of the requesting zone */
        REQUESTER,
        /** admins and staff of another zone */
        OTHER_ZONE,
        /** the ministry, read-only */
        MINISTRY
    }

    private final HelpStore store;
    private final AuditLog audit;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    HelpService(HelpStore store, AuditLog audit, PersonalDataCipher cipher, @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    static Optional<Party> party(TenantScope scope, HelpRequest r) {
        if (scope.isMinistry()) {
            return Optional.of(Party.MINISTRY);
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            return Optional.of(scope.zoneId() == r.zoneId() ? Party.REQUESTER : Party.OTHER_ZONE);
        }
        return Optional.empty();
    }

    // ---- posting ----

    record RequestForm(String category, String title, String details, String quantity, String unit, String neededBy,
            String contactName, String contactPhone) {

        static RequestForm empty() {
            return new RequestForm(null, null, null, null, null, null, null, null);
        }
    }

    long post(GxqUser user, RequestForm form) {
        long zone = zoneOf(user);
        List<FieldProblem> problems = new ArrayList<>();
        HelpCategory category = parse(HelpCategory.class, form.category());
        if (category == null) {
            problems.add(new FieldProblem("category", "exchange.help.category.required"));
        }
        String title = text(form.title(), "title", MAX_TITLE, problems);
        String details = text(form.details(), "details", MAX_DETAILS, problems);
        Integer quantity = quantity(form.quantity(), problems);
        String unit = text(form.unit(), "unit", MAX_UNIT, problems);
        LocalDate neededBy = null;
        String d = clean(form.neededBy());
        if (d == null) {
            problems.add(new FieldProblem("neededBy", "exchange.help.neededBy.required"));
        } else {
            try {
                neededBy = LocalDate.parse(d);
                if (neededBy.isBefore(today())) {
                    problems.add(new FieldProblem("neededBy", "exchange.help.neededBy.past"));
                } else if (neededBy.isAfter(today().plusYears(1))) {
                    problems.add(new FieldProblem("neededBy", "exchange.help.neededBy.far"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("neededBy", "exchange.help.neededBy.bad"));
            }
        }
        String contact = text(form.contactName(), "contactName", MAX_CONTACT, problems);
        String phone = phone(form.contactPhone(), problems);
        check(problems);
        OffsetDateTime now = now();
        long id = store.insert(new HelpStore.NewRequest(zone, category, title, details, quantity, unit, neededBy, contact,
                cipher.encrypt(phone), Masks.phone(phone), user.id(), now));
        audit.record(AuditEntry.of("EXCHANGE_HELP_POST", "exchange_help_request", id).tenant(zone, null)
                .detail(category + " " + title + " " + quantity + unit + " by " + neededBy));
        return id;
    }

    // ---- reading ----

    /** An offer as the caller sees it: the contact in full only when the caller may see it. */
    record OfferView(Offer offer, String phone, boolean mine) {

        public String shownPhone() {
            return phone != null ? phone : offer.contactPhoneMasked();
        }

        public String shownName() {
            return phone != null ? offer.contactName() : Masks.name(offer.contactName());
        }
    }

    record Detail(HelpRequest request, Party party, LocalDate today, List<OfferView> offers, String phone,
            boolean contactShared) {

        public RequestState shown() {
            return request.shownState(today);
        }

        public boolean mayOffer() {
            return party == Party.OTHER_ZONE && request.takesOffers(today);
        }

        public boolean mayDecide(OfferView o) {
            return party == Party.REQUESTER && o.offer().state() == OfferState.PENDING && request.takesOffers(today);
        }

        public boolean mayFinish() {
            return party == Party.REQUESTER && request.state().open();
        }

        public String shownPhone() {
            return phone != null ? phone : request.contactPhoneMasked();
        }

        public String shownName() {
            return phone != null ? request.contactName() : Masks.name(request.contactName());
        }
    }

    @Transactional(readOnly = true)
    Detail detail(GxqUser user, long id) {
        TenantScope scope = user.scope();
        HelpRequest r = visible(scope, id);
        Party party = party(scope, r).orElseThrow();
        boolean accepted = party == Party.OTHER_ZONE && store.zoneHasAccepted(id, scope.zoneId());
        String phone = party == Party.REQUESTER || accepted ? cipher.decrypt(r.contactPhoneEnc()) : null;
        List<OfferView> offers = new ArrayList<>();
        for (Offer o : store.offers(id)) {
            boolean mine = party == Party.OTHER_ZONE && o.zoneId() == scope.zoneId();
            if (party == Party.OTHER_ZONE && !mine) {
                continue; // a third zone does not read the others' offers
            }
            boolean full = mine || party == Party.REQUESTER && o.state() == OfferState.ACCEPTED;
            offers.add(new OfferView(o, full ? cipher.decrypt(o.contactPhoneEnc()) : null, mine));
        }
        return new Detail(r, party, today(), offers, phone, accepted);
    }

    HelpRequest visible(TenantScope scope, long id) {
        return store.find(id).filter(r -> party(scope, r).isPresent())
                .orElseThrow(() -> new NotFoundException("help request", id));
    }

    // ---- offers and decisions ----

    record OfferForm(String quantity, String message, String contactName, String contactPhone) {
    }

    long offer(GxqUser user, long requestId, OfferForm form) {
        long zone = zoneOf(user);
        HelpRequest r = visible(user.scope(), requestId);
        List<FieldProblem> problems = new ArrayList<>();
        Integer quantity = quantity(form.quantity(), problems);
        String message = text(form.message(), "message", MAX_MESSAGE, problems);
        String contact = text(form.contactName(), "offerContactName", MAX_CONTACT, problems);
        String phone = phone(form.contactPhone(), problems);
        check(problems);
        if (r.zoneId() == zone) {
            throw new Refused("exchange.help.offer.own");
        }
        if (!r.takesOffers(today())) {
            throw new Refused("exchange.help.notOpen", stateName(r.shownState(today())));
        }
        if (!store.lockOpen(requestId, today())) { // closed or met meanwhile
            HelpRequest now = store.find(requestId).orElse(r);
            throw new Refused("exchange.help.notOpen", stateName(now.shownState(today())));
        }
        long id = store.offer(new HelpStore.NewOffer(requestId, zone, quantity, message, contact, cipher.encrypt(phone),
                Masks.phone(phone), user.id(), now()));
        audit.record(AuditEntry.of("EXCHANGE_HELP_OFFER", "exchange_help_offer", id).tenant(r.zoneId(), null)
                .detail("request " + requestId + " from zone " + zone + ": " + quantity + r.unit() + "; " + message));
        return id;
    }

    /** The requester accepts (or declines) a pending offer; the request's version decides between simultaneous ones. */
    void decide(GxqUser user, long requestId, long offerId, String versionText, boolean accept) {
        HelpRequest r = asRequester(user, requestId);
        Offer o = store.findOffer(offerId).filter(x -> x.requestId() == requestId)
                .orElseThrow(() -> new NotFoundException("help offer", offerId));
        if (!r.takesOffers(today())) {
            throw new Refused("exchange.help.notOpen", stateName(r.shownState(today())));
        }
        if (o.state() != OfferState.PENDING) {
            throw new Refused("exchange.help.offer.decided");
        }
        int version = version(versionText, r.version());
        OffsetDateTime now = now();
        RequestState to = accept ? RequestState.PARTLY_MET : r.state();
        if (!store.transition(requestId, version, List.copyOf(RequestState.OPEN_STATES), to, null, now)
                || !store.decide(offerId, accept ? OfferState.ACCEPTED : OfferState.DECLINED, now)) {
            throw Refused.stale();
        }
        audit.record(AuditEntry.of(accept ? "EXCHANGE_HELP_ACCEPT" : "EXCHANGE_HELP_DECLINE", "exchange_help_offer",
                offerId).tenant(r.zoneId(), null).detail("request " + requestId + ", offer of zone " + o.zoneId()
                + (accept ? "; contacts shared" : "")));
    }

    /** The requester marks the request met or closes it (no more offers). */
    void finish(GxqUser user, long requestId, String versionText, boolean met) {
        HelpRequest r = asRequester(user, requestId);
        if (!r.state().open()) {
            throw new Refused("exchange.help.notOpen", stateName(r.state()));
        }
        int version = version(versionText, r.version());
        OffsetDateTime now = now();
        RequestState to = met ? RequestState.MET : RequestState.CLOSED;
        if (!store.transition(requestId, version, List.copyOf(RequestState.OPEN_STATES), to, now, now)) {
            throw Refused.stale();
        }
        audit.record(AuditEntry.of(met ? "EXCHANGE_HELP_MET" : "EXCHANGE_HELP_CLOSE", "exchange_help_request",
                requestId).tenant(r.zoneId(), null).detail(r.state() + " -> " + to + "; " + r.title()));
    }

    private HelpRequest asRequester(GxqUser user, long id) {
        HelpRequest r = visible(user.scope(), id);
        if (party(user.scope(), r).orElseThrow() != Party.REQUESTER) {
            throw new AccessDeniedException("only the requesting zone decides");
        }
        return r;
    }

    // ---- lists ----

    record Filters(String category, String state, String mine) {

        static Filters none() {
            return new Filters(null, null, null);
        }
    }

    record Page(List<HelpRequest> rows, int page, boolean hasNext, long total, LocalDate today) {
    }

    /** Requests of every zone (or the caller's own), open ones by default, newest first. */
    @Transactional(readOnly = true)
    Page list(GxqUser user, Filters f, int page) {
        TenantScope scope = user.scope();
        if (!scope.isMinistry() && !(scope.isZoneLevel() && scope.zoneId() != null)) {
            throw new AccessDeniedException("zones and the ministry");
        }
        LocalDate today = today();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("today", today);
        StringBuilder where = new StringBuilder("1 = 1");
        HelpCategory category = parse(HelpCategory.class, f.category());
        if (category != null) {
            where.append(" and r.category = :category");
            p.put("category", category.name());
        }
        RequestState state = parse(RequestState.class, f.state());
        if ("ALL".equals(f.state())) {
            // every state
        } else if (state == null) {
            where.append(" and r.state in ('OPEN', 'PARTLY_MET') and r.needed_by >= :today");
        } else if (state == RequestState.EXPIRED) {
            where.append(" and r.state in ('OPEN', 'PARTLY_MET') and r.needed_by < :today");
        } else {
            where.append(" and r.state = :state");
            p.put("state", state.name());
            if (state.open()) {
                where.append(" and r.needed_by >= :today");
            }
        }
        if ("1".equals(f.mine()) && scope.zoneId() != null) {
            where.append(" and r.zone_id = :myZone");
            p.put("myZone", scope.zoneId());
        }
        List<HelpRequest> rows = store.list(where.toString(), p, PAGE_SIZE + 1, page * PAGE_SIZE);
        return new Page(rows.stream().limit(PAGE_SIZE).toList(), page, rows.size() > PAGE_SIZE,
                store.count(where.toString(), p), today);
    }

    /** The ministry's national overview: open requests by province (rows) and category (columns). */
    record Overview(List<HelpCategory> categories, List<OverviewRow> rows, Map<HelpCategory, Long> totals) {
    }

    record OverviewRow(String provinceCode, String provinceName, Map<HelpCategory, Long> counts, long total) {
    }

    @Transactional(readOnly = true)
    Overview overview(TenantScope scope) {
        if (!scope.isMinistry()) {
            throw new AccessDeniedException("ministry");
        }
        Map<String, OverviewRow> rows = new LinkedHashMap<>();
        Map<HelpCategory, Long> totals = new LinkedHashMap<>();
        for (HelpCategory c : HelpCategory.values()) {
            totals.put(c, 0L);
        }
        for (Object[] x : store.openByProvince(today())) {
            OverviewRow row = rows.computeIfAbsent((String) x[0], k -> new OverviewRow(k, (String) x[1],
                    new LinkedHashMap<>(), 0));
            HelpCategory c = (HelpCategory) x[2];
            long n = (Long) x[3];
            row.counts().merge(c, n, Long::sum);
            totals.merge(c, n, Long::sum);
            rows.put(row.provinceCode(), new OverviewRow(row.provinceCode(), row.provinceName(), row.counts(),
                    row.total() + n));
        }
        return new Overview(List.of(HelpCategory.values()), List.copyOf(rows.values()), totals);
    }

    @Transactional(readOnly = true)
    long pendingOffersFor(long zoneId) {
        return store.pendingOffersFor(zoneId, today());
    }

    @Transactional(readOnly = true)
    long recentOthers(long zoneId) {
        return store.recentOthers(zoneId, now().minusDays(3), today());
    }

    // ---- input ----

    private static long zoneOf(GxqUser user) {
        TenantScope scope = user.scope();
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            throw new AccessDeniedException("zone roles");
        }
        return scope.zoneId();
    }

    static Integer quantity(String typed, List<FieldProblem> problems) {
        String t = clean(typed);
        if (t == null) {
            problems.add(new FieldProblem("quantity", "exchange.help.quantity.required"));
            return null;
        }
        if (!t.matches("-?\\d{1,12}")) {
            problems.add(new FieldProblem("quantity", "exchange.help.quantity.bad"));
            return null;
        }
        long n = Long.parseLong(t);
        if (n <= 0 || n > MAX_QUANTITY) {
            problems.add(new FieldProblem("quantity", "exchange.help.quantity.range", String.valueOf(MAX_QUANTITY)));
            return null;
        }
        return (int) n;
    }

    static String phone(String typed, List<FieldProblem> problems) {
        String t = clean(typed);
        if (t == null) {
            problems.add(new FieldProblem("contactPhone", "exchange.help.contactPhone.required"));
            return null;
        }
        String n = MobileNumber.normalize(t);
        if (!MobileNumber.isValid(n)) {
            problems.add(new FieldProblem("contactPhone", "exchange.phone.bad"));
            return null;
        }
        return n;
    }

    static int version(String text, int current) {
        String t = clean(text);
        if (t == null || !t.matches("\\d{1,9}") || Integer.parseInt(t) != current) {
            throw Refused.stale();
        }
        return current;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String typed) {
        String t = clean(typed);
        if (t == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String text(String typed, String field, int max, List<FieldProblem> problems) {
        return TextInput.text(typed, field, max, "exchange.help." + field + ".required", "exchange.tooLong", problems);
    }

    static String clean(String s) {
        return TextInput.clean(s);
    }

    static void check(List<FieldProblem> problems) {
        InvalidInput.throwIfAny(problems);
    }

    static DefaultMessageSourceResolvable stateName(RequestState state) {
        return new DefaultMessageSourceResolvable(new String[] {"exchange.help.state." + state.name()}, state.name());
    }
}
