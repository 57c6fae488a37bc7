package gxq.policy.centre;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
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
import gxq.common.text.TermIndex;
import gxq.common.web.ConflictException;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.TextInput;
import gxq.org.EnterpriseApproved;
import gxq.org.EnterpriseRegistered;
import gxq.org.EnterpriseStatus;
import gxq.org.EnterpriseSummary;
import gxq.org.Enterprises;
import gxq.org.Industry;
import gxq.org.SizeBand;
import gxq.org.ZoneSummary;
import gxq.org.Zones;

/**
 * The policy workflow. A tenant is the ministry (national policies) or one zone (its policies); drafts, their files
 * and draft interpretations are seen only by that tenant's users (others get 404). Ministry admins and zone admins
 * publish and withdraw; zone staff draft for their zone. Publishing freezes the text, indexes it for search and tells
 * every enterprise it applies to (one INSERT … SELECT). Every change is audited in the same transaction.
 */
@Service
@Transactional
class PolicyService {

    static final int MAX_TITLE = 200;
    static final int MAX_ISSUER = 100;
    static final int MAX_DOC_NUMBER = 60;
    static final int MAX_BODY = 20000;
    static final int MAX_REASON = 500;
    static final int MAX_PROFILE_REASON = 200;
    static final int MAX_SOURCE = 100;
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 10;
    static final int PAGE_SIZE = 20;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static final int WEIGHT_TITLE = 5;
    static final int WEIGHT_DOC_NUMBER = 5;
    static final int WEIGHT_ISSUER = 3;
    static final int WEIGHT_INTERPRETATION_TITLE = 2;
    static final int WEIGHT_TEXT = 1;

    private final PolicyStore store;
    private final TermIndex index;
    private final Enterprises enterprises;
    private final Zones zones;
    private final AuditLog audit;
    private final Clock clock;

    PolicyService(PolicyStore store, Enterprises enterprises, Zones zones, AuditLog audit,
            @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.index = new TermIndex(store.db(), "policy_term");
        this.enterprises = enterprises;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    TermIndex index() {
        return index;
    }

    // ---- tenants ----

    /** The tenant's zone (null: the ministry); roles outside ministry and zones may not manage policies. */
    static Long tenantZone(TenantScope scope) {
        if (scope.isMinistry()) {
            return null;
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            return scope.zoneId();
        }
        throw new AccessDeniedException("only the ministry and zones manage policies");
    }

    static boolean ownedBy(Policy p, TenantScope scope) {
        if (scope.isMinistry()) {
            return p.level() == PolicyLevel.NATIONAL;
        }
        return scope.isZoneLevel() && p.level() == PolicyLevel.ZONE && p.zoneId() != null
                && p.zoneId().equals(scope.zoneId());
    }

    /** A policy of the caller's tenant, or 404. */
    Policy owned(TenantScope scope, long id) {
        tenantZone(scope);
        return store.find(id).filter(p -> ownedBy(p, scope)).orElseThrow(() -> new NotFoundException("policy", id));
    }

    private static void mayPublish(TenantScope scope) {
        if (!(scope.isMinistry() || scope.role() == Role.ZONE_ADMIN)) {
            throw new AccessDeniedException("ministry and zone admins publish");
        }
    }

    // ---- the form ----

    /** A policy as typed (strings kept so that a 422 shows them again). */
    record PolicyForm(String title, String issuer, String docNumber, String category, String effectiveFrom,
            String effectiveTo, String body, List<String> sizes, List<String> industries, List<String> provinces,
            List<String> zones, boolean techSmeOnly, boolean highTechOnly, boolean epidemicHitOnly, Integer version) {

        PolicyForm {
            sizes = sizes == null ? List.of() : List.copyOf(sizes);
            industries = industries == null ? List.of() : List.copyOf(industries);
            provinces = provinces == null ? List.of() : List.copyOf(provinces);
            zones = zones == null ? List.of() : List.copyOf(zones);
        }

        static PolicyForm of(Policy p, Applicability a) {
            return new PolicyForm(p.title(), p.issuer(), p.docNumber(), p.category().name(),
                    p.effectiveFrom().toString(), p.effectiveTo() == null ? null : p.effectiveTo().toString(), p.body(),
                    a.sizes().stream().map(Enum::name).toList(), a.industries().stream().map(Enum::name).toList(),
                    List.copyOf(a.provinces()), p.level() == PolicyLevel.ZONE ? List.of()
                            : a.zones().stream().map(String::valueOf).toList(),
                    a.techSmeOnly(), a.highTechOnly(), a.epidemicHitOnly(), p.version());
        }
    }

    /** An empty form for the caller's tenant (issuer pre-filled). */
    PolicyForm blankForm(TenantScope scope) {
        Long zone = tenantZone(scope);
        String issuer = zone == null ? "科学技术部" : zones.find(zone).map(ZoneSummary::name).orElse("");
        return new PolicyForm(null, issuer, null, null, today().toString(), null, null, null, null, null, null,
                false, false, false, null);
    }

    private PolicyStore.Fields check(PolicyForm form, Long tenantZone) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(form.title(), "title", MAX_TITLE, true, problems);
        String issuer = text(form.issuer(), "issuer", MAX_ISSUER, true, problems);
        String doc = text(form.docNumber(), "docNumber", MAX_DOC_NUMBER, false, problems);
        String body = text(form.body(), "body", MAX_BODY, true, problems);
        PolicyCategory category = null;
        if (clean(form.category()) == null) {
            problems.add(new FieldProblem("category", "policy.category.required"));
        } else if ((category = PolicyCategory.parse(clean(form.category()))) == null) {
            problems.add(new FieldProblem("category", "policy.category.bad", cut(clean(form.category()), 40)));
        }
        LocalDate from = date(form.effectiveFrom(), "effectiveFrom", true, problems);
        LocalDate to = date(form.effectiveTo(), "effectiveTo", false, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("effectiveTo", "policy.effectiveTo.beforeFrom"));
        }
        Set<SizeBand> sizes = EnumSet.noneOf(SizeBand.class);
        for (String s : form.sizes()) {
            SizeBand b = SizeBand.parse(s);
            if (b == null) {
                problems.add(new FieldProblem("sizes", "policy.sizes.bad", cut(s, 20)));
            } else {
                sizes.add(b);
            }
        }
        Set<Industry> industries = EnumSet.noneOf(Industry.class);
        for (String s : form.industries()) {
            Industry i = Industry.parse(s);
            if (i == null) {
                problems.add(new FieldProblem("industries", "policy.industries.bad", cut(s, 20)));
            } else {
                industries.add(i);
            }
        }
        Set<String> provinces = new LinkedHashSet<>();
        Set<Long> zoneIds = new LinkedHashSet<>();
        if (tenantZone != null) {
            if (!form.provinces().isEmpty() || !form.zones().isEmpty()) {
                problems.add(new FieldProblem("zones", "policy.zones.zoneTenant"));
            }
            zoneIds.add(tenantZone);
        } else {
            Set<String> knownProvinces = new LinkedHashSet<>();
            zones.all().forEach(z -> knownProvinces.add(z.provinceCode()));
            for (String s : form.provinces()) {
                if (s == null || !knownProvinces.contains(s.strip())) {
                    problems.add(new FieldProblem("provinces", "policy.provinces.bad", cut(s, 20)));
                } else {
                    provinces.add(s.strip());
                }
            }
            for (String s : form.zones()) {
                Long z = parseLong(s);
                if (z == null || zones.find(z).isEmpty()) {
                    problems.add(new FieldProblem("zones", "policy.zones.bad", cut(s, 20)));
                } else {
                    zoneIds.add(z);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PolicyStore.Fields(tenantZone == null ? PolicyLevel.NATIONAL : PolicyLevel.ZONE, tenantZone, title,
                issuer, doc, category, from, to, body, new Applicability(sizes, industries, provinces, zoneIds,
                        form.techSmeOnly(), form.highTechOnly(), form.epidemicHitOnly()));
    }

    // ---- drafting ----

    long create(GxqUser user, PolicyForm form, List<Upload> uploads) {
        TenantScope scope = user.scope();
        Long zone = tenantZone(scope);
        List<FieldProblem> fileProblems = new ArrayList<>();
        checkFiles(uploads, fileProblems);
        PolicyStore.Fields fields;
        try {
            fields = check(form, zone);
        } catch (InvalidInput e) {
            List<FieldProblem> all = new ArrayList<>(e.problems());
            all.addAll(fileProblems);
            throw new InvalidInput(all);
        }
        if (!fileProblems.isEmpty()) {
            throw new InvalidInput(fileProblems);
        }
        OffsetDateTime now = now();
        long id = store.insert(fields, null, user.id(), now);
        audit.record(AuditEntry.of("POLICY_CREATE", "policy", id).tenant(zone, null).detail(fields.title()));
        attach(user, id, zone, uploads, now);
        return id;
    }

    void update(GxqUser user, long id, PolicyForm form) {
        Policy p = owned(user.scope(), id);
        if (!p.draft()) {
            throw new ConflictException("policy.conflict.notDraft");
        }
        PolicyStore.Fields fields = check(form, p.zoneId());
        if (form.version() == null || !store.update(id, form.version(), fields, now())) {
            throw new ConflictException("policy.conflict.stale");
        }
        audit.record(AuditEntry.of("POLICY_UPDATE", "policy", id).tenant(p.zoneId(), null).detail(fields.title()));
    }

    void addFiles(GxqUser user, long id, List<Upload> uploads) {
        Policy p = owned(user.scope(), id);
        if (!p.draft()) {
            throw new ConflictException("policy.conflict.notDraft");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (uploads.isEmpty()) {
            problems.add(new FieldProblem("files", "policy.files.required"));
        }
        checkFiles(uploads, problems);
        if (store.files(id).size() + uploads.size() > MAX_FILES) {
            problems.add(new FieldProblem("files", "policy.files.tooMany", String.valueOf(MAX_FILES)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        attach(user, id, p.zoneId(), uploads, now());
    }

    void removeFile(GxqUser user, long fileId) {
        PolicyFile f = store.file(fileId).orElseThrow(() -> new NotFoundException("policy file", fileId));
        Policy p = owned(user.scope(), f.policyId());
        if (!p.draft()) {
            throw new ConflictException("policy.conflict.notDraft");
        }
        store.removeFile(fileId);
        audit.record(AuditEntry.of("POLICY_FILE_REMOVE", "policy", p.id()).tenant(p.zoneId(), null)
                .detail(f.fileName()));
    }

    private void attach(GxqUser user, long id, Long zone, List<Upload> uploads, OffsetDateTime now) {
        for (Upload u : uploads) {
            String name = FileType.cleanName(u.originalName());
            FileType type = FileType.detect(u.content()).orElseThrow();
            long fid = store.attach(id, zone, name, type.contentType(), u.content(), user.id(), now);
            audit.record(AuditEntry.of("POLICY_FILE_ADD", "policy", id).tenant(zone, null)
                    .detail("file " + fid + " " + name));
        }
    }

    // ---- publishing ----

    /** Publishes a draft: freezes it, indexes it, replaces the version it revises, tells the enterprises it applies to. */
    int publish(GxqUser user, long id, Integer version) {
        TenantScope scope = user.scope();
        Policy p = owned(scope, id);
        mayPublish(scope);
        if (!p.draft()) {
            throw new ConflictException("policy.conflict.notDraft");
        }
        OffsetDateTime now = now();
        if (!store.publish(id, version, user.id(), now)) {
            throw new ConflictException("policy.conflict.stale");
        }
        // the revised version is replaced; when it was withdrawn meanwhile (no other way it stops being published while
        // a revision is open) the revision is published on its own rather than left as a draft that can never go out
        if (p.supersedesId() != null && store.supersede(p.supersedesId(), id, now)) {
            index.remove(p.supersedesId());
            audit.record(AuditEntry.of("POLICY_SUPERSEDE", "policy", p.supersedesId()).tenant(p.zoneId(), null)
                    .detail("by " + id));
        }
        reindex(id);
        int told = store.noticeApplicable(id, today(), now);
        audit.record(AuditEntry.of("POLICY_PUBLISH", "policy", id).tenant(p.zoneId(), null)
                .detail(p.title() + " (" + told + " enterprises told)"));
        return told;
    }

    void withdraw(GxqUser user, long id, String reason) {
        TenantScope scope = user.scope();
        Policy p = owned(scope, id);
        mayPublish(scope);
        List<FieldProblem> problems = new ArrayList<>();
        String r = text(reason, "withdrawReason", MAX_REASON, true, problems);
        if (!p.published()) {
            throw new ConflictException("policy.conflict.notPublished");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!store.withdraw(id, r, now())) {
            throw new ConflictException("policy.conflict.notPublished");
        }
        index.remove(id);
        audit.record(AuditEntry.of("POLICY_WITHDRAW", "policy", id).tenant(p.zoneId(), null).detail(r));
    }

    /**
     * Starts a new version of a published policy as a draft (text, targets and files copied; its published
     * interpretations copied as drafts, to be published again with the new version); answers its id.
     */
    long revise(GxqUser user, long id) {
        Policy p = owned(user.scope(), id);
        if (!p.published()) {
            throw new ConflictException("policy.conflict.notPublished");
        }
        store.lock(id); // a second revise at the same time waits here, then finds this revision open (409)
        if (!store.find(id).map(Policy::published).orElse(false)) {
            throw new ConflictException("policy.conflict.notPublished");
        }
        if (store.openRevision(id).isPresent()) {
            throw new ConflictException("policy.conflict.revisionOpen");
        }
        PolicyStore.Fields fields = new PolicyStore.Fields(p.level(), p.zoneId(), p.title(), p.issuer(),
                p.docNumber(), p.category(), p.effectiveFrom(), p.effectiveTo(), p.body(), store.applicability(p));
        OffsetDateTime now = now();
        long newId = store.insert(fields, id, user.id(), now);
        store.copyFiles(id, newId);
        store.copyInterpretations(id, newId, user.id(), now);
        audit.record(AuditEntry.of("POLICY_REVISE", "policy", newId).tenant(p.zoneId(), null).detail("of " + id));
        return newId;
    }

    /** Writes the search terms of a published policy: title, 文号, issuer, text and published interpretations. */
    void reindex(long id) {
        Policy p = store.find(id).orElseThrow();
        List<TermIndex.Field> fields = new ArrayList<>();
        fields.add(new TermIndex.Field(p.title(), WEIGHT_TITLE));
        fields.add(new TermIndex.Field(p.docNumber(), WEIGHT_DOC_NUMBER));
        fields.add(new TermIndex.Field(p.issuer(), WEIGHT_ISSUER));
        fields.add(new TermIndex.Field(p.body(), WEIGHT_TEXT));
        for (Interpretation i : store.interpretations(id, true)) {
            fields.add(new TermIndex.Field(i.title(), WEIGHT_INTERPRETATION_TITLE));
            fields.add(new TermIndex.Field(i.body(), WEIGHT_TEXT));
        }
        index.replace(id, fields);
    }

    // ---- interpretations ----

    record InterpretationForm(String title, String source, String body) {
    }

    long addInterpretation(GxqUser user, long policyId, InterpretationForm form) {
        Policy p = owned(user.scope(), policyId);
        if (!(p.draft() || p.published())) {
            throw new ConflictException("policy.conflict.closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(form.title(), "interpretationTitle", MAX_TITLE, true, problems);
        String source = text(form.source(), "interpretationSource", MAX_SOURCE, true, problems);
        String body = text(form.body(), "interpretationBody", MAX_BODY, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = store.insertInterpretation(policyId, p.zoneId(), title, source, body, user.id(), now());
        audit.record(AuditEntry.of("POLICY_INTERPRETATION_ADD", "policy_interpretation", id).tenant(p.zoneId(), null)
                .detail(title));
        return id;
    }

    /** Deletes a draft policy (text, targets, files, draft interpretations) of the caller's tenant; 409 once published. */
    void deleteDraft(GxqUser user, long id) {
        Policy p = owned(user.scope(), id);
        if (!p.draft() || !store.deleteDraft(id)) {
            throw new ConflictException("policy.conflict.notDraft");
        }
        audit.record(AuditEntry.of("POLICY_DRAFT_DELETE", "policy", id).tenant(p.zoneId(), null).detail(p.title()));
    }

    /** Deletes a draft interpretation of a policy of the caller's tenant; answers the policy. */
    long deleteDraftInterpretation(GxqUser user, long interpretationId) {
        Interpretation i = store.interpretation(interpretationId)
                .orElseThrow(() -> new NotFoundException("interpretation", interpretationId));
        Policy p = owned(user.scope(), i.policyId());
        if (i.state() != PolicyState.DRAFT || !store.deleteDraftInterpretation(interpretationId)) {
            throw new ConflictException("policy.conflict.notDraft");
        }
        audit.record(AuditEntry.of("POLICY_INTERPRETATION_DELETE", "policy_interpretation", interpretationId)
                .tenant(p.zoneId(), null).detail(i.title()));
        return p.id();
    }

    /** Publishes an interpretation of a published policy and adds it to the policy's search terms; answers the policy. */
    long publishInterpretation(GxqUser user, long interpretationId) {
        TenantScope scope = user.scope();
        Interpretation i = store.interpretation(interpretationId).orElseThrow(() -> new NotFoundException("interpretation", interpretationId));
        Policy p = owned(scope, i.policyId());
        mayPublish(scope);
        if (i.state() != PolicyState.DRAFT) {
            throw new ConflictException("policy.conflict.notDraft");
        }
        if (!p.published()) {
            throw new ConflictException("policy.conflict.policyNotPublished");
        }
        if (!store.publishInterpretation(interpretationId, now())) {
            throw new ConflictException("policy.conflict.notDraft");
        }
        reindex(p.id());
        audit.record(AuditEntry.of("POLICY_INTERPRETATION_PUBLISH", "policy_interpretation", interpretationId)
                .tenant(p.zoneId(), null).detail(i.title()));
        return p.id();
    }

    // ---- reading ----

    record Detail(Policy policy, Applicability applicability, List<Interpretation> interpretations,
            List<PolicyFile> files, Long openRevision) {
    }

    @Transactional(readOnly = true)
    Detail manageDetail(TenantScope scope, long id) {
        Policy p = owned(scope, id);
        return new Detail(p, store.applicability(p), store.interpretations(id, false), store.files(id),
                store.openRevision(id).orElse(null));
    }

    /** A policy as the public sees it: published, withdrawn or superseded; drafts are 404. */
    @Transactional(readOnly = true)
    Detail publicDetail(long id) {
        Policy p = store.find(id).filter(x -> x.state().publicRead()).orElseThrow(() -> new NotFoundException("policy", id));
        return new Detail(p, store.applicability(p), store.interpretations(id, true), store.files(id), null);
    }

    record Page(List<Policy> rows, int page, boolean hasNext) {
    }

    @Transactional(readOnly = true)
    Page tenantPage(TenantScope scope, int page) {
        List<Policy> rows = store.tenantPage(tenantZone(scope), page, PAGE_SIZE);
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, page, more);
    }

    /** Drafts of the caller's tenant not yet published. */
    @Transactional(readOnly = true)
    long drafts(TenantScope scope) {
        return store.drafts(tenantZone(scope));
    }

    record FileContent(PolicyFile file, byte[] bytes) {
    }

    @Transactional(readOnly = true)
    FileContent manageFile(TenantScope scope, long fileId) {
        PolicyFile f = store.file(fileId).orElseThrow(() -> new NotFoundException("policy file", fileId));
        owned(scope, f.policyId());
        return new FileContent(f, store.content(fileId));
    }

    @Transactional(readOnly = true)
    FileContent publicFile(long fileId) {
        PolicyFile f = store.file(fileId).orElseThrow(() -> new NotFoundException("policy file", fileId));
        store.find(f.policyId()).filter(p -> p.state().publicRead()).orElseThrow(() -> new NotFoundException("policy", fileId));
        return new FileContent(f, store.content(fileId));
    }

    // ---- for an enterprise ----

    /** The facts the rule needs of an enterprise (its own epidemic statement included). */
    @Transactional(readOnly = true)
    Optional<Applicability.Facts> facts(long enterpriseId) {
        Optional<EnterpriseSummary> e = enterprises.find(enterpriseId);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        EnterpriseSummary s = e.get();
        String province = zones.find(s.zoneId()).map(ZoneSummary::provinceCode).orElse(null);
        boolean hit = store.profile(enterpriseId).map(PolicyStore.Profile::epidemicHit).orElse(false);
        return Optional.of(new Applicability.Facts(s.zoneId(), province, s.industry(), s.sizeBand(), s.highTech(),
                s.techSme(), hit));
    }

    record ForUsRow(Policy policy, boolean unseen, List<Applicability.Reason> reasons) {
    }

    record ForUs(List<ForUsRow> rows, int page, boolean hasNext, long total, long unseen) {
    }

    @Transactional(readOnly = true)
    ForUs forUs(TenantScope scope, int page) {
        long ent = enterpriseOf(scope);
        Applicability.Facts facts = facts(ent).orElseThrow(() -> new NotFoundException("enterprise", ent));
        LocalDate today = today();
        List<PolicyStore.ForUsRow> rows = store.forUs(ent, today, page, PAGE_SIZE);
        boolean more = rows.size() > PAGE_SIZE;
        rows = more ? rows.subList(0, PAGE_SIZE) : rows;
        var targets = store.applicability(rows.stream().map(PolicyStore.ForUsRow::policy).toList());
        List<ForUsRow> result = new ArrayList<>();
        for (PolicyStore.ForUsRow r : rows) {
            List<Applicability.Reason> reasons = targets.get(r.policy().id()).match(facts).orElse(List.of());
            result.add(new ForUsRow(r.policy(), r.unseen(), reasons));
        }
        return new ForUs(result, page, more, store.forUsCount(ent, today), store.unseen(ent));
    }

    /** Why the policy applies to the caller's enterprise, or empty when it does not (or the caller is no enterprise admin). */
    @Transactional(readOnly = true)
    Optional<List<Applicability.Reason>> reasonsFor(TenantScope scope, Detail d) {
        if (!scope.isEnterpriseAdmin() || scope.enterpriseId() == null) {
            return Optional.empty();
        }
        if (enterprises.find(scope.enterpriseId()).filter(EnterpriseSummary::active).isEmpty()) {
            return Optional.empty(); // as PolicyStore.APPLIES: policies apply to active enterprises only
        }
        Policy p = d.policy();
        return facts(scope.enterpriseId()).flatMap(f -> d.applicability().appliesTo(f, p.state(), p.effectiveFrom(),
                p.effectiveTo(), today()));
    }

    long unseen(long enterpriseId) {
        return store.unseen(enterpriseId);
    }

    Optional<PolicyStore.Profile> profile(TenantScope scope) {
        return store.profile(enterpriseOf(scope));
    }

    /** The enterprise admin states whether the enterprise was hit hard by the epidemic; newly applicable policies are told. */
    int setProfile(GxqUser user, boolean epidemicHit, String reason) {
        TenantScope scope = user.scope();
        long ent = enterpriseOf(scope);
        List<FieldProblem> problems = new ArrayList<>();
        String r = text(reason, "profileReason", MAX_PROFILE_REASON, epidemicHit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        OffsetDateTime now = now();
        store.saveProfile(ent, scope.zoneId(), epidemicHit, epidemicHit ? r : null, user.id(), now);
        // only the epidemic statement can make a policy newly apply here; the others applied (or not) before
        int told = epidemicHit ? store.noticeApplicableTo(ent, true, today(), now) : 0;
        audit.record(AuditEntry.of("POLICY_PROFILE_SET", "enterprise", ent).tenant(scope.zoneId(), ent)
                .detail("epidemicHit=" + epidemicHit + (epidemicHit ? " " + r : "")));
        return told;
    }

    /**
     * An enterprise that has just become ACTIVE (registered by its zone, or approved) is told of every published
     * policy that applies to it, in the transaction that activated it.
     */
    @EventListener
    void onRegistered(EnterpriseRegistered e) {
        if (e.status() == EnterpriseStatus.ACTIVE) {
            store.noticeApplicableTo(e.enterpriseId(), false, today(), now());
        }
    }

    @EventListener
    void onApproved(EnterpriseApproved e) {
        store.noticeApplicableTo(e.enterpriseId(), false, today(), now());
    }

    /** Marks the notice of one policy (or all, {@code policyId} null) as seen by the caller's enterprise. */
    int markSeen(GxqUser user, Long policyId) {
        TenantScope scope = user.scope();
        long ent = enterpriseOf(scope);
        int n = store.markSeen(ent, policyId, now());
        if (n > 0) {
            audit.record(AuditEntry.of("POLICY_NOTICE_SEEN", "enterprise", ent).tenant(scope.zoneId(), ent)
                    .detail(policyId == null ? "all (" + n + ")" : "policy " + policyId));
        }
        return n;
    }

    private static long enterpriseOf(TenantScope scope) {
        if (!scope.isEnterpriseAdmin() || scope.enterpriseId() == null) {
            throw new AccessDeniedException("enterprise admins only");
        }
        return scope.enterpriseId();
    }

    // ---- input helpers ----

    static void checkFiles(List<Upload> uploads, List<FieldProblem> problems) {
        if (uploads.size() > MAX_FILES) {
            problems.add(new FieldProblem("files", "policy.files.tooMany", String.valueOf(MAX_FILES)));
            return;
        }
        for (Upload u : uploads) {
            String name = FileType.cleanName(u.originalName());
            if (u.content() == null || u.size() > MAX_FILE_BYTES) {
                problems.add(new FieldProblem("files", "policy.files.tooLarge", name,
                        String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
                continue;
            }
            Optional<FileType> type = FileType.detect(u.content());
            if (type.isEmpty()) {
                problems.add(new FieldProblem("files", "policy.files.type", name));
            } else if (!type.get().fitsName(name)) {
                problems.add(new FieldProblem("files", "policy.files.mismatch", name, type.get().name()));
            }
        }
    }

    /** Dates outside these years are typing errors (and far beyond what the database's date type holds). */
    static final LocalDate FIRST_DATE = LocalDate.of(1949, 10, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    static String clean(String typed) {
        return TextInput.clean(typed);
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static String text(String typed, String field, int max, boolean required, List<FieldProblem> problems) {
        return TextInput.text(typed, field, max, required ? "policy." + field + ".required" : null, "policy.tooLong", problems);
    }

    static LocalDate date(String typed, String field, boolean required, List<FieldProblem> problems) {
        String t = clean(typed);
        if (t == null) {
            if (required) {
                problems.add(new FieldProblem(field, "policy." + field + ".required"));
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(t);
            if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
                problems.add(new FieldProblem(field, "policy.date.range", cut(t, 20), FIRST_DATE.toString(),
                        LAST_DATE.toString()));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "policy.date.bad", cut(t, 20)));
            return null;
        }
    }

    static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
