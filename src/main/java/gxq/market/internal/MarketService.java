package gxq.market.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
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
import gxq.common.web.ConflictException;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.org.EnterpriseSummary;
import gxq.org.Enterprises;
import gxq.region.Region;
import gxq.region.Regions;

/**
 * Posts, matching and consent. The board is deliberately cross-zone: every signed-in enterprise admin, zone role and
 * the ministry sees the open posts of all zones, but never a contact; a post is written only by its own enterprise's
 * admin (404 for everyone else); contacts are read only by the two enterprises of an accepted request, each read audited.
 */
@Service
public class MarketService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int PAGE_SIZE = 20;
    static final int MAX_MATCHES = 20;
    /** How many open posts of the other side are scored for one post (newest first). */
    static final int CANDIDATE_LIMIT = 5000;
    static final int MAX_MESSAGE = 300;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.99");

    private final MarketStore store;
    private final Regions regions;
    private final Enterprises enterprises;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final CityCoordinates cities = CityCoordinates.load();

    MarketService(MarketStore store, Regions regions, Enterprises enterprises, PersonalDataCipher cipher, AuditLog audit) {
        this.store = store;
        this.regions = regions;
        this.enterprises = enterprises;
        this.cipher = cipher;
        this.audit = audit;
    }

    LocalDate today() {
        return LocalDate.now(CHINA);
    }

    CityCoordinates cities() {
        return cities;
    }

    // ---- posts ----

    @Transactional
    public long create(GxqUser user, PostForm form) {
        EnterpriseSummary ent = activeEnterprise(user);
        MarketStore.NewPost p = validate(ent, form, null);
        long id = store.insert(p, user.id(), now());
        audit.record(AuditEntry.of("MARKET_POST_CREATE", "market_post", id).tenant(ent.zoneId(), ent.id())
                .detail(p.side() + " " + p.category() + " " + p.title()));
        return id;
    }

    @Transactional
    public void update(GxqUser user, long id, PostForm form) {
        Post post = own(user, id);
        EnterpriseSummary ent = activeEnterprise(user);
        if (!post.open()) {
            throw new ConflictException("market.post.closed");
        }
        int version = version(form.getVersion());
        MarketStore.NewPost p = validate(ent, form, post);
        if (!store.update(id, version, p, now())) {
            throw new ConflictException("market.post.conflict");
        }
        audit.record(AuditEntry.of("MARKET_POST_EDIT", "market_post", id).tenant(post.zoneId(), post.enterpriseId())
                .detail(p.title()));
    }

    @Transactional
    public void close(GxqUser user, long id, String version) {
        Post post = own(user, id);
        if (!store.close(id, version(version), now())) {
            throw new ConflictException(post.open() ? "market.post.conflict" : "market.post.closed");
        }
        audit.record(AuditEntry.of("MARKET_POST_CLOSE", "market_post", id).tenant(post.zoneId(), post.enterpriseId())
                .detail(post.title()));
    }

    /** A post of the caller's own enterprise (any state); 404 for every other post. */
    public Post own(GxqUser user, long id) {
        Post post = store.find(id).orElseThrow(() -> new NotFoundException("market post", id));
        TenantScope scope = user.scope();
        if (!scope.isEnterpriseAdmin() || !scope.permitsEnterprise(post.zoneId(), post.enterpriseId())) {
            throw new NotFoundException("market post", id);
        }
        return post;
    }

    /** A post as the board shows it: open and unexpired for everyone, any state for its own enterprise. */
    public Post visible(GxqUser user, long id) {
        Post post = store.find(id).orElseThrow(() -> new NotFoundException("market post", id));
        boolean mine = user.scope().isEnterpriseAdmin() && user.scope().permitsEnterprise(post.zoneId(), post.enterpriseId());
        if (!mine && (!post.open() || post.expired(today()))) {
            throw new NotFoundException("market post", id);
        }
        return post;
    }

    public record BoardPage(List<Post> rows, boolean hasNext) {
    }

    public BoardPage board(MarketStore.Filter filter, int page) {
        List<Post> rows = store.board(filter, today(), page, PAGE_SIZE);
        boolean next = rows.size() > PAGE_SIZE;
        return new BoardPage(next ? rows.subList(0, PAGE_SIZE) : rows, next);
    }

    public List<Post> mine(GxqUser user) {
        return user.enterpriseId() == null ? List.of() : store.ofEnterprise(user.enterpriseId());
    }

    // ---- matching ----

    /** A suggested post with its score and the state of a request between the two posts, if any. */
    public record Suggestion(Post post, MatchScore score, String requestStatus) {
    }

    /** Best-fitting open posts of the opposite side from other enterprises, for one of my open posts. */
    public List<Suggestion> suggestions(GxqUser user, long postId) {
        Post mine = own(user, postId);
        if (!mine.open() || mine.expired(today())) {
            return List.of();
        }
        LocalDate today = today();
        MatchScore.Scored me = mine.scored();
        Map<Long, String> requested = store.statusByOtherPost(mine.id());
        List<Suggestion> all = new ArrayList<>();
        for (Post p : store.candidates(mine.side().opposite(), mine.enterpriseId(), today, CANDIDATE_LIMIT)) {
            MatchScore s = MatchScore.of(me, p.scored(), cities, today);
            if (s.sameCategory() || !s.commonKeywords().isEmpty()) {
                all.add(new Suggestion(p, s, requested.get(p.id())));
            }
        }
        all.sort(Comparator.comparing((Suggestion s) -> -s.score().total())
                .thenComparing(s -> s.score().distanceKm() == null ? Integer.MAX_VALUE : s.score().distanceKm())
                .thenComparing(s -> -s.post().id()));
        return all.size() > MAX_MATCHES ? all.subList(0, MAX_MATCHES) : all;
    }

    @Transactional
    public long request(GxqUser user, long fromPostId, long toPostId, String message) {
        Post from = own(user, fromPostId);
        activeEnterprise(user);
        Post to = store.find(toPostId).orElseThrow(() -> new NotFoundException("market post", toPostId));
        LocalDate today = today();
        if (!to.open() || to.expired(today)) {
            throw new NotFoundException("market post", toPostId);
        }
        if (!from.open() || from.expired(today)) {
            throw new ConflictException("market.post.closed");
        }
        if (to.enterpriseId() == from.enterpriseId() || to.side() == from.side()) {
            throw UserInputException.onField("message", "market.request.sameSide");
        }
        String text = message == null ? "" : message.strip();
        if (text.codePointCount(0, text.length()) > MAX_MESSAGE) {
            throw UserInputException.onField("message", "market.request.messageTooLong", MAX_MESSAGE);
        }
        if (store.pairExists(from.id(), to.id())) {
            throw new ConflictException("market.request.exists");
        }
        int score = MatchScore.of(from.scored(), to.scored(), cities, today).total();
        long id;
        try {
            id = store.insertMatch(from, to, text, score, user.id(), now());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("market.request.exists");
        }
        audit.record(AuditEntry.of("MARKET_MATCH_REQUEST", "market_match", id).tenant(from.zoneId(), from.enterpriseId())
                .detail("post " + from.id() + " -> post " + to.id() + " (enterprise " + to.enterpriseId() + ")"));
        return id;
    }

    /** Accept or decline by the owner of the requested post; one of two concurrent decisions wins, the other gets 409. */
    @Transactional
    public void decide(GxqUser user, long matchId, boolean accept, String version) {
        MatchRequest m = store.findMatch(matchId).orElseThrow(() -> new NotFoundException("market match", matchId));
        if (!user.scope().isEnterpriseAdmin() || user.enterpriseId() == null
                || m.ownerEnterpriseId() != user.enterpriseId()) {
            throw new NotFoundException("market match", matchId);
        }
        activeEnterprise(user);
        if (!store.decide(matchId, version(version), accept ? "ACCEPTED" : "DECLINED", user.id(), now())) {
            throw new ConflictException("market.request.decided");
        }
        audit.record(AuditEntry.of(accept ? "MARKET_MATCH_ACCEPT" : "MARKET_MATCH_DECLINE", "market_match", matchId)
                .tenant(m.ownerZoneId(), m.ownerEnterpriseId())
                .detail("from enterprise " + m.requesterEnterpriseId()));
    }

    public List<MatchRequest> requestsOf(GxqUser user) {
        return user.enterpriseId() == null ? List.of() : store.matchesOf(user.enterpriseId());
    }

    public long pendingFor(GxqUser user) {
        return user.enterpriseId() == null ? 0 : store.countPendingFor(user.enterpriseId());
    }

    /** Requests by status: for zone roles those touching their zone, for the ministry all. No contacts. */
    public Map<String, Long> matchCounts(TenantScope scope) {
        if (scope.isMinistry()) {
            return store.matchCounts(null);
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            return store.matchCounts(scope.zoneId());
        }
        return Map.of();
    }

    public long openPosts(TenantScope scope) {
        return store.countOpenPosts(scope.isMinistry() ? null : scope.zoneId(), today());
    }

    // ---- contacts ----

    public record Contact(String enterpriseName, String postTitle, String name, String phone) {
    }

    public record Contacts(MatchRequest match, Contact requester, Contact owner) {
    }

    /** Both sides' contacts of an accepted request, decrypted; only for the two enterprises; every read is audited. */
    @Transactional
    public Contacts contacts(GxqUser user, long matchId) {
        MatchRequest m = store.findMatch(matchId).orElseThrow(() -> new NotFoundException("market match", matchId));
        if (!user.scope().isEnterpriseAdmin() || !m.involves(user.enterpriseId())) {
            throw new NotFoundException("market match", matchId);
        }
        if (!m.accepted()) {
            throw new ConflictException("market.contact.notAccepted");
        }
        Post from = store.find(m.fromPostId()).orElseThrow();
        Post to = store.find(m.toPostId()).orElseThrow();
        audit.record(AuditEntry.of("MARKET_CONTACT_REVEAL", "market_match", matchId)
                .tenant(user.zoneId(), user.enterpriseId())
                .detail("posts " + from.id() + ", " + to.id()));
        return new Contacts(m, contact(from), contact(to));
    }

    private Contact contact(Post p) {
        return new Contact(p.enterpriseName(), p.title(), p.contactName(), cipher.decrypt(p.contactPhoneEnc()));
    }

    // ---- rules ----

    private EnterpriseSummary activeEnterprise(GxqUser user) {
        if (!user.scope().isEnterpriseAdmin() || user.enterpriseId() == null) {
            throw new AccessDeniedException("enterprise admins only");
        }
        EnterpriseSummary ent = enterprises.find(user.enterpriseId())
                .orElseThrow(() -> new AccessDeniedException("no enterprise"));
        if (!ent.active()) {
            throw new ConflictException("market.enterprise.notActive");
        }
        return ent;
    }

    private static int version(String version) {
        if (version == null || !version.strip().matches("\\d{1,9}")) {
            throw new ConflictException("market.post.conflict");
        }
        return Integer.parseInt(version.strip());
    }

    /** Checks every field and reports all problems at once. {@code existing} keeps its phone when the field is blank. */
    MarketStore.NewPost validate(EnterpriseSummary ent, PostForm f, Post existing) {
        List<InvalidPost.Problem> problems = new ArrayList<>();
        Side side = parseEnum(Side.class, f.getSide(), "side", problems);
        Category category = parseEnum(Category.class, f.getCategory(), "category", problems);
        String title = text(f.getTitle(), "title", 100, true, problems);
        String description = text(f.getDescription(), "description", 2000, true, problems);
        String unit = text(f.getUnit(), "unit", 20, false, problems);
        BigDecimal quantity = null;
        String q = f.getQuantity() == null ? "" : f.getQuantity().strip().replace(",", "");
        if (!q.isEmpty()) {
            try {
                quantity = new BigDecimal(q);
                if (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0 || quantity.scale() > 2) {
                    problems.add(new InvalidPost.Problem("quantity", "market.post.quantity.range"));
                    quantity = null;
                } else if (unit == null) {
                    problems.add(new InvalidPost.Problem("unit", "market.post.unit.required"));
                }
            } catch (NumberFormatException e) {
                problems.add(new InvalidPost.Problem("quantity", "market.post.quantity.invalid"));
            }
        }
        String cityCode = f.getCity() == null ? "" : f.getCity().strip();
        Optional<Region> city = cityCode.matches("\\d{6}") ? regions.find(cityCode).filter(r -> r.level() == 2)
                : Optional.empty();
        if (cityCode.isEmpty()) {
            problems.add(new InvalidPost.Problem("city", "market.post.city.required"));
        } else if (city.isEmpty()) {
            problems.add(new InvalidPost.Problem("city", "market.post.city.invalid"));
        }
        LocalDate today = today();
        LocalDate from = date(f.getDateFrom(), "dateFrom", false, problems);
        LocalDate until = date(f.getDateUntil(), "dateUntil", true, problems);
        if (until != null && until.isBefore(today)) {
            problems.add(new InvalidPost.Problem("dateUntil", "market.post.dateUntil.past"));
        } else if (until != null && until.isAfter(today.plusYears(1))) {
            problems.add(new InvalidPost.Problem("dateUntil", "market.post.dateUntil.tooFar"));
        } else if (from != null && until != null && from.isAfter(until)) {
            problems.add(new InvalidPost.Problem("dateFrom", "market.post.dateFrom.afterUntil"));
        }
        String contactName = text(f.getContactName(), "contactName", 50, true, problems);
        String phone = f.getContactPhone() == null ? "" : f.getContactPhone().strip();
        String phoneEnc = existing == null ? null : existing.contactPhoneEnc();
        String phoneMasked = existing == null ? null : existing.contactPhoneMasked();
        if (phone.isEmpty() && existing == null) {
            problems.add(new InvalidPost.Problem("contactPhone", "market.post.contactPhone.required"));
        } else if (!phone.isEmpty()) {
            if (!MobileNumber.isValid(phone)) {
                problems.add(new InvalidPost.Problem("contactPhone", "market.post.contactPhone.invalid"));
            } else {
                String normal = MobileNumber.normalize(phone);
                phoneEnc = cipher.encrypt(normal);
                phoneMasked = Masks.phone(normal);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPost(problems);
        }
        String keywords = Keywords.join(Keywords.of(title, description));
        if (keywords.length() > 2000) {
            keywords = keywords.substring(0, keywords.lastIndexOf(' ', 2000));
        }
        return new MarketStore.NewPost(ent.zoneId(), ent.id(), side, category, title, description, quantity, unit,
                city.get().parentCode(), city.get().code(), from, until, contactName, phoneEnc, phoneMasked, keywords);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field,
            List<InvalidPost.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidPost.Problem(field, "market.post." + field + ".required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidPost.Problem(field, "market.post." + field + ".required"));
            return null;
        }
    }

    private static String text(String value, String field, int max, boolean required, List<InvalidPost.Problem> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                problems.add(new InvalidPost.Problem(field, "market.post.required"));
            }
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            problems.add(new InvalidPost.Problem(field, "market.post.tooLong", max));
            return null;
        }
        return v;
    }

    private static LocalDate date(String value, String field, boolean required, List<InvalidPost.Problem> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                problems.add(new InvalidPost.Problem(field, "market.post.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new InvalidPost.Problem(field, "market.post.date.invalid"));
            return null;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
