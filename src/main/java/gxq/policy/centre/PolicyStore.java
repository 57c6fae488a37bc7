package gxq.policy.centre;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.org.Industry;
import gxq.org.SizeBand;

/**
 * SQL of policies, targets, interpretations, files, notices and profiles. Callers check the tenant
 * ({@link PolicyService}). The applicability rule in SQL ({@link #APPLIES}) reads the enterprise and zone tables
 * (read-only join of columns {@code gxq.org} also exposes: zone, industry, size band, flags, status).
 */
@Repository
class PolicyStore {

    /** Columns of {@link Policy}, alias p. */
    static final String COLUMNS = """
            p.id, p.level, p.zone_id, p.title, p.issuer, p.doc_number, p.category, p.effective_from, p.effective_to,
            p.body, p.state, p.tech_sme_only, p.high_tech_only, p.epidemic_hit_only, p.supersedes_id,
            p.superseded_by_id, p.withdraw_reason, p.created_at, p.published_at, p.withdrawn_at, p.version""";

    /**
     * {@link Applicability#appliesTo} in SQL, for policy p, enterprise e (active), its zone z and its profile pr
     * (left join); parameter {@code :today}.
     */
    static final String APPLIES = """
            p.state = 'PUBLISHED' and (p.effective_to is null or p.effective_to >= :today) and e.status = 'ACTIVE'
            and (p.tech_sme_only = false or e.tech_sme = true)
            and (p.high_tech_only = false or e.high_tech = true)
            and (p.epidemic_hit_only = false or pr.epidemic_hit = true)
            and (not exists (select 1 from policy_target t where t.policy_id = p.id and t.kind = 'SIZE')
                 or exists (select 1 from policy_target t where t.policy_id = p.id and t.kind = 'SIZE'
                            and t.code = e.size_band))
            and (not exists (select 1 from policy_target t where t.policy_id = p.id and t.kind = 'INDUSTRY')
                 or exists (select 1 from policy_target t where t.policy_id = p.id and t.kind = 'INDUSTRY'
                            and t.code = e.industry))
            and (not exists (select 1 from policy_target t where t.policy_id = p.id and t.kind in ('PROVINCE', 'ZONE'))
                 or exists (select 1 from policy_target t where t.policy_id = p.id and t.kind = 'PROVINCE'
                            and t.code = z.province_code)
                 or exists (select 1 from policy_target t where t.policy_id = p.id and t.kind = 'ZONE'
                            and t.code = cast(e.zone_id as varchar(12))))""";

    static final String ENTERPRISE_JOIN = """
            enterprise e join zone z on z.id = e.zone_id
            left join policy_enterprise_profile pr on pr.enterprise_id = e.id""";

    private final JdbcClient db;

    PolicyStore(JdbcClient db) {
        this.db = db;
    }

    JdbcClient db() {
        return db;
    }

    static Policy map(ResultSet rs) throws SQLException {
        return new Policy(rs.getLong("id"), PolicyLevel.valueOf(rs.getString("level")), (Long) rs.getObject("zone_id", Long.class),
                rs.getString("title"), rs.getString("issuer"), rs.getString("doc_number"),
                PolicyCategory.valueOf(rs.getString("category")), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), rs.getString("body"),
                PolicyState.valueOf(rs.getString("state")), rs.getBoolean("tech_sme_only"),
                rs.getBoolean("high_tech_only"), rs.getBoolean("epidemic_hit_only"),
                rs.getObject("supersedes_id", Long.class), rs.getObject("superseded_by_id", Long.class),
                rs.getString("withdraw_reason"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class),
                rs.getInt("version"));
    }

    /** The typed, checked fields of a policy. */
    record Fields(PolicyLevel level, Long zoneId, String title, String issuer, String docNumber,
            PolicyCategory category, LocalDate effectiveFrom, LocalDate effectiveTo, String body,
            Applicability applicability) {
    }

    long insert(Fields f, Long supersedesId, long by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into policy (level, zone_id, title, issuer, doc_number, category, effective_from, effective_to,
                    body, state, tech_sme_only, high_tech_only, epidemic_hit_only, supersedes_id, created_by,
                    created_at, updated_at)
                values (:level, :zone, :title, :issuer, :doc, :category, :from, :to, :body, 'DRAFT', :techSme,
                    :highTech, :epidemic, :supersedes, :by, :now, :now)
                """).param("level", f.level().name()).param("zone", f.zoneId()).param("title", f.title())
                .param("issuer", f.issuer()).param("doc", f.docNumber()).param("category", f.category().name())
                .param("from", f.effectiveFrom()).param("to", f.effectiveTo()).param("body", f.body())
                .param("techSme", f.applicability().techSmeOnly()).param("highTech", f.applicability().highTechOnly())
                .param("epidemic", f.applicability().epidemicHitOnly()).param("supersedes", supersedesId)
                .param("by", by).param("now", now).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        targets(id, f.applicability());
        return id;
    }

    /** Changes a draft when its version is still {@code version}; false when stale or no longer a draft. */
    boolean update(long id, int version, Fields f, OffsetDateTime now) {
        int n = db.sql("""
                update policy set title = :title, issuer = :issuer, doc_number = :doc, category = :category,
                    effective_from = :from, effective_to = :to, body = :body, tech_sme_only = :techSme,
                    high_tech_only = :highTech, epidemic_hit_only = :epidemic, updated_at = :now, version = version + 1
                where id = :id and version = :version and state = 'DRAFT'
                """).param("title", f.title()).param("issuer", f.issuer()).param("doc", f.docNumber())
                .param("category", f.category().name()).param("from", f.effectiveFrom()).param("to", f.effectiveTo())
                .param("body", f.body()).param("techSme", f.applicability().techSmeOnly())
                .param("highTech", f.applicability().highTechOnly())
                .param("epidemic", f.applicability().epidemicHitOnly()).param("now", now).param("id", id)
                .param("version", version).update();
        if (n == 1) {
            db.sql("delete from policy_target where policy_id = :id").param("id", id).update();
            targets(id, f.applicability());
        }
        return n == 1;
    }

    private void targets(long id, Applicability a) {
        a.sizes().forEach(s -> target(id, "SIZE", s.name()));
        a.industries().forEach(i -> target(id, "INDUSTRY", i.name()));
        a.provinces().forEach(p -> target(id, "PROVINCE", p));
        a.zones().forEach(z -> target(id, "ZONE", String.valueOf(z)));
    }

    private void target(long id, String kind, String code) {
        db.sql("insert into policy_target (policy_id, kind, code) values (:id, :kind, :code)").param("id", id)
                .param("kind", kind).param("code", code).update();
    }

    Optional<Policy> find(long id) {
        return db.sql("select " + COLUMNS + " from policy p where p.id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    /** The targets of the policies, with their flags. */
    Map<Long, Applicability> applicability(List<Policy> policies) {
        Map<Long, Applicability> result = new LinkedHashMap<>();
        if (policies.isEmpty()) {
            return result;
        }
        Map<Long, List<String[]>> rows = new LinkedHashMap<>();
        db.sql("select policy_id, kind, code from policy_target where policy_id in (:ids)")
                .param("ids", policies.stream().map(Policy::id).toList())
                .query(rs -> {
                    rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                });
        for (Policy p : policies) {
            Set<SizeBand> sizes = EnumSet.noneOf(SizeBand.class);
            Set<Industry> industries = EnumSet.noneOf(Industry.class);
            Set<String> provinces = new HashSet<>();
            Set<Long> zones = new HashSet<>();
            for (String[] r : rows.getOrDefault(p.id(), List.of())) {
                switch (r[0]) {
                    case "SIZE" -> sizes.add(SizeBand.valueOf(r[1]));
                    case "INDUSTRY" -> industries.add(Industry.valueOf(r[1]));
                    case "PROVINCE" -> provinces.add(r[1]);
                    case "ZONE" -> zones.add(Long.valueOf(r[1]));
                    default -> throw new IllegalStateException("unknown target kind " + r[0]);
                }
            }
            result.put(p.id(), new Applicability(sizes, industries, provinces, zones, p.techSmeOnly(),
                    p.highTechOnly(), p.epidemicHitOnly()));
        }
        return result;
    }

    Applicability applicability(Policy p) {
        return applicability(List.of(p)).get(p.id());
    }

    // ---- tenant lists ----

    /** The SQL condition for the policies of a tenant (ministry: national ones; a zone: its own). */
    static String tenantFilter(Long zoneId) {
        return zoneId == null ? "p.level = 'NATIONAL'" : "p.level = 'ZONE' and p.zone_id = :tenantZone";
    }

    List<Policy> tenantPage(Long zoneId, int page, int size) {
        return db.sql("select " + COLUMNS + " from policy p where " + tenantFilter(zoneId)
                + " order by case when p.state = 'DRAFT' then 0 else 1 end, p.updated_at desc, p.id desc"
                + " limit :limit offset :offset").param("tenantZone", zoneId == null ? -1L : zoneId)
                .param("limit", size + 1).param("offset", page * size).query((rs, n) -> map(rs)).list();
    }

    long drafts(Long zoneId) {
        return db.sql("select count(*) from policy p where " + tenantFilter(zoneId) + " and p.state = 'DRAFT'")
                .param("tenantZone", zoneId == null ? -1L : zoneId).query(Long.class).single();
    }

    // ---- state changes ----

    boolean publish(long id, Integer version, long by, OffsetDateTime now) {
        return db.sql("update policy set state = 'PUBLISHED', published_at = :now, published_by = :by, updated_at = :now,"
                + " version = version + 1 where id = :id and state = 'DRAFT'"
                + (version == null ? "" : " and version = :version")).param("now", now).param("by", by)
                .param("id", id).param("version", version == null ? 0 : version).update() == 1;
    }

    boolean withdraw(long id, String reason, OffsetDateTime now) {
        return db.sql("update policy set state = 'WITHDRAWN', withdraw_reason = :reason, withdrawn_at = :now,"
                + " updated_at = :now, version = version + 1 where id = :id and state = 'PUBLISHED'")
                .param("reason", reason).param("now", now).param("id", id).update() == 1;
    }

    boolean supersede(long oldId, long newId, OffsetDateTime now) {
        return db.sql("update policy set state = 'SUPERSEDED', superseded_by_id = :newId, updated_at = :now,"
                + " version = version + 1 where id = :id and state = 'PUBLISHED'").param("newId", newId)
                .param("now", now).param("id", oldId).update() == 1;
    }

    /** Locks the policy row until the transaction ends (one revision at a time). */
    void lock(long id) {
        db.sql("select id from policy where id = :id for update").param("id", id).query(Long.class).optional();
    }

    Optional<Long> openRevision(long id) {
        return db.sql("select id from policy where supersedes_id = :id and state = 'DRAFT'").param("id", id)
                .query(Long.class).optional();
    }

    // ---- interpretations ----

    static Interpretation mapInterpretation(ResultSet rs) throws SQLException {
        return new Interpretation(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("title"),
                rs.getString("source"), rs.getString("body"), PolicyState.valueOf(rs.getString("state")),
                rs.getObject("published_at", OffsetDateTime.class), rs.getInt("version"));
    }

    long insertInterpretation(long policyId, Long zoneId, String title, String source, String body, long by,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into policy_interpretation (policy_id, zone_id, title, source, body, state, created_by, created_at)
                values (:p, :zone, :title, :source, :body, 'DRAFT', :by, :now)
                """).param("p", policyId).param("zone", zoneId).param("title", title).param("source", source)
                .param("body", body).param("by", by).param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Interpretation> interpretation(long id) {
        return db.sql("select * from policy_interpretation where id = :id").param("id", id)
                .query((rs, n) -> mapInterpretation(rs)).optional();
    }

    List<Interpretation> interpretations(long policyId, boolean publishedOnly) {
        return db.sql("select * from policy_interpretation where policy_id = :p"
                + (publishedOnly ? " and state = 'PUBLISHED'" : "") + " order by coalesce(published_at, created_at), id")
                .param("p", policyId).query((rs, n) -> mapInterpretation(rs)).list();
    }

    /** Copies the published interpretations of a policy to its revision, as drafts to be published again. */
    int copyInterpretations(long fromPolicy, long toPolicy, long by, OffsetDateTime now) {
        return db.sql("""
                insert into policy_interpretation (policy_id, zone_id, title, source, body, state, created_by, created_at)
                select :to, zone_id, title, source, body, 'DRAFT', :by, :now from policy_interpretation
                where policy_id = :from and state = 'PUBLISHED' order by id
                """).param("to", toPolicy).param("by", by).param("now", now).param("from", fromPolicy).update();
    }

    /** Deletes a draft policy with its targets, draft interpretations and files; false when it is no draft (any more). */
    boolean deleteDraft(long id) {
        lock(id);
        if (db.sql("select count(*) from policy where id = :id and state = 'DRAFT'").param("id", id).query(Long.class)
                .single() == 0) {
            return false;
        }
        db.sql("delete from policy_target where policy_id = :id").param("id", id).update();
        db.sql("delete from policy_interpretation where policy_id = :id").param("id", id).update();
        db.sql("delete from policy_file where policy_id = :id").param("id", id).update();
        return db.sql("delete from policy where id = :id and state = 'DRAFT'").param("id", id).update() == 1;
    }

    boolean deleteDraftInterpretation(long id) {
        return db.sql("delete from policy_interpretation where id = :id and state = 'DRAFT'").param("id", id)
                .update() == 1;
    }

    boolean publishInterpretation(long id, OffsetDateTime now) {
        return db.sql("update policy_interpretation set state = 'PUBLISHED', published_at = :now, version = version + 1"
                + " where id = :id and state = 'DRAFT'").param("now", now).param("id", id).update() == 1;
    }

    /** Published interpretation texts per policy, for snippets. */
    Map<Long, String> interpretationTexts(List<Long> policyIds) {
        Map<Long, String> texts = new LinkedHashMap<>();
        if (policyIds.isEmpty()) {
            return texts;
        }
        db.sql("select policy_id, title, body from policy_interpretation where policy_id in (:ids) and state = 'PUBLISHED'"
                + " order by id").param("ids", policyIds).query(rs -> {
                    texts.merge(rs.getLong(1), rs.getString(2) + " " + rs.getString(3), (a, b) -> a + " " + b);
                });
        return texts;
    }

    // ---- files ----

    long attach(long policyId, Long zoneId, String name, String contentType, byte[] content, long by,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into policy_file (policy_id, zone_id, file_name, content_type, size_bytes, content, uploaded_by,
                    uploaded_at)
                values (:p, :zone, :name, :type, :size, :content, :by, :now)
                """).param("p", policyId).param("zone", zoneId).param("name", name).param("type", contentType)
                .param("size", content.length).param("content", content).param("by", by).param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<PolicyFile> files(long policyId) {
        return db.sql("select id, policy_id, file_name, content_type, size_bytes from policy_file where policy_id = :p"
                + " order by id").param("p", policyId).query((rs, n) -> new PolicyFile(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5))).list();
    }

    Optional<PolicyFile> file(long id) {
        return db.sql("select id, policy_id, file_name, content_type, size_bytes from policy_file where id = :id")
                .param("id", id).query((rs, n) -> new PolicyFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5))).optional();
    }

    byte[] content(long fileId) {
        return db.sql("select content from policy_file where id = :id").param("id", fileId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    void copyFiles(long fromPolicy, long toPolicy) {
        db.sql("""
                insert into policy_file (policy_id, zone_id, file_name, content_type, size_bytes, content, uploaded_by,
                    uploaded_at)
                select :to, zone_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at
                from policy_file where policy_id = :from order by id
                """).param("to", toPolicy).param("from", fromPolicy).update();
    }

    int removeFile(long fileId) {
        return db.sql("delete from policy_file where id = :id").param("id", fileId).update();
    }

    // ---- notices and profiles ----

    /** Tells every enterprise the (just published) policy applies to, in one statement; answers how many. */
    int noticeApplicable(long policyId, LocalDate today, OffsetDateTime now) {
        return db.sql("insert into policy_notice (policy_id, enterprise_id, zone_id, created_at)"
                + " select p.id, e.id, e.zone_id, :now from policy p join " + ENTERPRISE_JOIN + " on 1 = 1"
                + " where p.id = :policy and " + APPLIES
                + " and not exists (select 1 from policy_notice n where n.policy_id = p.id and n.enterprise_id = e.id)"
                + " on conflict do nothing")
                .param("now", now).param("policy", policyId).param("today", today).update();
    }

    /**
     * Tells one enterprise of the published policies that apply to it now and it was not told of yet: all of them
     * ({@code epidemicOnly} false, when it has just become ACTIVE) or only those for enterprises hit by the epidemic
     * (after it stated so; the others applied, or not, before the statement).
     */
    int noticeApplicableTo(long enterpriseId, boolean epidemicOnly, LocalDate today, OffsetDateTime now) {
        return db.sql("insert into policy_notice (policy_id, enterprise_id, zone_id, created_at)"
                + " select p.id, e.id, e.zone_id, :now from policy p join " + ENTERPRISE_JOIN + " on 1 = 1"
                + " where e.id = :ent" + (epidemicOnly ? " and p.epidemic_hit_only = true" : "") + " and " + APPLIES
                + " and not exists (select 1 from policy_notice n where n.policy_id = p.id and n.enterprise_id = e.id)"
                + " on conflict do nothing")
                .param("now", now).param("ent", enterpriseId).param("today", today).update();
    }

    long unseen(long enterpriseId) {
        return db.sql("select count(*) from policy_notice n join policy p on p.id = n.policy_id"
                + " where n.enterprise_id = :ent and n.seen_at is null and p.state = 'PUBLISHED'")
                .param("ent", enterpriseId).query(Long.class).single();
    }

    int markSeen(long enterpriseId, Long policyId, OffsetDateTime now) {
        return db.sql("update policy_notice set seen_at = :now where enterprise_id = :ent and seen_at is null"
                + (policyId == null ? "" : " and policy_id = :policy")).param("now", now).param("ent", enterpriseId)
                .param("policy", policyId == null ? -1L : policyId).update();
    }

    /** A row of the "for us" list: the policy and whether its notice is still unseen. */
    record ForUsRow(Policy policy, boolean unseen) {
    }

    List<ForUsRow> forUs(long enterpriseId, LocalDate today, int page, int size) {
        return db.sql("select " + COLUMNS + ", case when n.policy_id is not null and n.seen_at is null then 1 else 0 end"
                + " as unseen from policy p join " + ENTERPRISE_JOIN + " on 1 = 1"
                + " left join policy_notice n on n.policy_id = p.id and n.enterprise_id = e.id"
                + " where e.id = :ent and " + APPLIES
                + " order by p.published_at desc, p.id desc limit :limit offset :offset").param("ent", enterpriseId)
                .param("today", today).param("limit", size + 1).param("offset", page * size)
                .query((rs, n) -> new ForUsRow(map(rs), rs.getInt("unseen") == 1)).list();
    }

    long forUsCount(long enterpriseId, LocalDate today) {
        return db.sql("select count(*) from policy p join " + ENTERPRISE_JOIN + " on 1 = 1 where e.id = :ent and "
                + APPLIES).param("ent", enterpriseId).param("today", today).query(Long.class).single();
    }

    record Profile(boolean epidemicHit, String reason, int version) {
    }

    Optional<Profile> profile(long enterpriseId) {
        return db.sql("select epidemic_hit, reason, version from policy_enterprise_profile where enterprise_id = :ent")
                .param("ent", enterpriseId)
                .query((rs, n) -> new Profile(rs.getBoolean(1), rs.getString(2), rs.getInt(3))).optional();
    }

    void saveProfile(long enterpriseId, long zoneId, boolean hit, String reason, long by, OffsetDateTime now) {
        // insert first (a concurrent first save must not fail on the key), else change the row
        int n = db.sql("insert into policy_enterprise_profile (enterprise_id, zone_id, epidemic_hit, reason, updated_by,"
                + " updated_at) values (:ent, :zone, :hit, :reason, :by, :now) on conflict do nothing")
                .param("ent", enterpriseId).param("zone", zoneId).param("hit", hit).param("reason", reason)
                .param("by", by).param("now", now).update();
        if (n == 0) {
            db.sql("update policy_enterprise_profile set epidemic_hit = :hit, reason = :reason, updated_by = :by,"
                    + " updated_at = :now, version = version + 1 where enterprise_id = :ent").param("hit", hit)
                    .param("reason", reason).param("by", by).param("now", now).param("ent", enterpriseId).update();
        }
    }
}
