package gxq.resumption.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plan drafts, versions, contacts and read receipts. Who may see or write what is decided by {@link PlanService}. */
@Repository
class PlanStore {

    private static final String VERSION = """
            select v.id, v.zone_id, z.name as zone_name, v.version_no, v.title, v.measures, v.mechanism, v.effective_date,
                   v.published_at
            from resumption_plan_version v join zone z on z.id = v.zone_id
            """;

    private final JdbcClient db;

    PlanStore(JdbcClient db) {
        this.db = db;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    Optional<PlanDraft> draft(long zoneId) {
        return db.sql("""
                select zone_id, title, measures, mechanism, effective_date, updated_at, version
                from resumption_plan_draft where zone_id = :zone
                """).param("zone", zoneId)
                .query((rs, n) -> new PlanDraft(rs.getLong("zone_id"), rs.getString("title"), rs.getString("measures"),
                        rs.getString("mechanism"), rs.getObject("effective_date", LocalDate.class), null,
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version")))
                .optional()
                .map(d -> new PlanDraft(d.zoneId(), d.title(), d.measures(), d.mechanism(), d.effectiveDate(),
                        contacts("draft_zone_id", zoneId), d.updatedAt(), d.version()));
    }

    void insertDraft(long zoneId, PlanService.ValidPlan p, long userId) {
        db.sql("""
                insert into resumption_plan_draft (zone_id, title, measures, mechanism, effective_date, updated_by,
                    updated_at, version)
                values (:zone, :title, :measures, :mechanism, :day, :user, :now, 0)
                """).param("zone", zoneId).param("title", p.title()).param("measures", p.measures())
                .param("mechanism", p.mechanism()).param("day", p.effectiveDate()).param("user", userId)
                .param("now", now()).update();
        insertContacts("draft_zone_id", zoneId, p.contacts());
    }

    /** Writes the draft if it still has {@code version}; false when someone saved or published in between. */
    boolean updateDraft(long zoneId, int version, PlanService.ValidPlan p, long userId) {
        boolean ok = db.sql("""
                update resumption_plan_draft set title = :title, measures = :measures, mechanism = :mechanism,
                    effective_date = :day, updated_by = :user, updated_at = :now, version = version + 1
                where zone_id = :zone and version = :version
                """).param("title", p.title()).param("measures", p.measures()).param("mechanism", p.mechanism())
                .param("day", p.effectiveDate()).param("user", userId).param("now", now()).param("zone", zoneId)
                .param("version", version).update() == 1;
        if (ok) {
            db.sql("delete from resumption_plan_contact where draft_zone_id = :zone").param("zone", zoneId).update();
            insertContacts("draft_zone_id", zoneId, p.contacts());
        }
        return ok;
    }

    boolean deleteDraft(long zoneId, int version) {
        db.sql("delete from resumption_plan_contact where draft_zone_id = :zone").param("zone", zoneId).update();
        return db.sql("delete from resumption_plan_draft where zone_id = :zone and version = :version")
                .param("zone", zoneId).param("version", version).update() == 1;
    }

    int lastVersionNo(long zoneId) {
        return db.sql("select coalesce(max(version_no), 0) from resumption_plan_version where zone_id = :zone")
                .param("zone", zoneId).query(Integer.class).single();
    }

    long insertVersion(PlanDraft d, int versionNo, long userId) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into resumption_plan_version (zone_id, version_no, title, measures, mechanism, effective_date,
                    published_at, published_by)
                values (:zone, :no, :title, :measures, :mechanism, :day, :now, :user)
                """).param("zone", d.zoneId()).param("no", versionNo).param("title", d.title())
                .param("measures", d.measures()).param("mechanism", d.mechanism()).param("day", d.effectiveDate())
                .param("now", now()).param("user", userId).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertContacts("plan_version_id", id, d.contacts());
        return id;
    }

    Optional<PlanVersion> version(long id) {
        return db.sql(VERSION + " where v.id = :id").param("id", id).query(PlanStore::version).optional()
                .map(v -> v.withContacts(contacts("plan_version_id", v.id())));
    }

    Optional<PlanVersion> current(long zoneId) {
        return db.sql(VERSION + " where v.zone_id = :zone order by v.version_no desc limit 1").param("zone", zoneId)
                .query(PlanStore::version).optional().map(v -> v.withContacts(contacts("plan_version_id", v.id())));
    }

    /** The id and number of the zone's current version, without loading it. */
    Optional<long[]> currentVersionId(long zoneId) {
        return db.sql("select id, version_no from resumption_plan_version where zone_id = :zone"
                        + " order by version_no desc limit 1").param("zone", zoneId)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("version_no")}).optional();
    }

    /** Every version of a zone, newest first, without contacts. */
    List<PlanVersion> versions(long zoneId) {
        return db.sql(VERSION + " where v.zone_id = :zone order by v.version_no desc").param("zone", zoneId)
                .query(PlanStore::version).list();
    }

    /** Records the first view of a version by an enterprise; true when this call recorded it. */
    boolean recordRead(long versionId, long enterpriseId, long zoneId, long userId) {
        return db.sql("""
                insert into resumption_plan_read (plan_version_id, enterprise_id, zone_id, read_by, read_at)
                values (:v, :ent, :zone, :user, :now)
                on conflict do nothing
                """).param("v", versionId).param("ent", enterpriseId).param("zone", zoneId).param("user", userId)
                .param("now", now()).update() == 1;
    }

    /** Active enterprises of the zone and whether they read the version. */
    record ReadCounts(long enterprises, long read) {
        public long unread() {
            return enterprises - read;
        }
    }

    ReadCounts readCounts(long zoneId, long versionId) {
        return db.sql("""
                select count(*) as enterprises, count(r.enterprise_id) as readers
                from enterprise e left join resumption_plan_read r on r.enterprise_id = e.id and r.plan_version_id = :v
                where e.zone_id = :zone and e.status = 'ACTIVE'
                """).param("zone", zoneId).param("v", versionId)
                .query((rs, n) -> new ReadCounts(rs.getLong("enterprises"), rs.getLong("readers"))).single();
    }

    /** One active enterprise of the zone and when it first read the version (null: not yet). */
    public record Reader(long enterpriseId, String name, OffsetDateTime readAt) {
    }

    /** {@code read}: true only readers, false only the others, null all; by name. */
    List<Reader> readers(long zoneId, long versionId, Boolean read, int limit, int offset) {
        String filter = read == null ? "" : read ? " and r.enterprise_id is not null" : " and r.enterprise_id is null";
        return db.sql("""
                select e.id, e.name, r.read_at
                from enterprise e left join resumption_plan_read r on r.enterprise_id = e.id and r.plan_version_id = :v
                where e.zone_id = :zone and e.status = 'ACTIVE'""" + filter + """
                 order by e.name, e.id limit :limit offset :offset
                """).param("zone", zoneId).param("v", versionId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Reader(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("read_at", OffsetDateTime.class))).list();
    }

    /** One row per zone with its current version, if any (ministry view). */
    public record ZonePlan(long zoneId, String zoneName, Long versionId, Integer versionNo, String title,
            LocalDate effectiveDate, OffsetDateTime publishedAt) {
    }

    List<ZonePlan> zonePlans(boolean onlyPublished, int limit, int offset) {
        return db.sql("""
                select z.id as zone_id, z.name as zone_name, v.id, v.version_no, v.title, v.effective_date, v.published_at
                from zone z left join resumption_plan_version v on v.zone_id = z.id
                    and v.version_no = (select max(m.version_no) from resumption_plan_version m where m.zone_id = z.id)
                """ + (onlyPublished ? " where v.id is not null" : "") + """
                 order by z.id limit :limit offset :offset
                """).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    long vid = rs.getLong("id");
                    boolean none = rs.wasNull();
                    return new ZonePlan(rs.getLong("zone_id"), rs.getString("zone_name"), none ? null : vid,
                            none ? null : rs.getInt("version_no"), rs.getString("title"),
                            rs.getObject("effective_date", LocalDate.class), rs.getObject("published_at", OffsetDateTime.class));
                }).list();
    }

    Optional<String> zoneName(long zoneId) {
        return db.sql("select name from zone where id = :id").param("id", zoneId).query(String.class).optional();
    }

    private List<PlanContact> contacts(String ownerColumn, long owner) {
        return db.sql("select name, duty, phone from resumption_plan_contact where " + ownerColumn
                        + " = :owner order by position").param("owner", owner)
                .query((rs, n) -> new PlanContact(rs.getString("name"), rs.getString("duty"), rs.getString("phone")))
                .list();
    }

    private void insertContacts(String ownerColumn, long owner, List<PlanContact> contacts) {
        int i = 0;
        for (PlanContact c : contacts) {
            db.sql("insert into resumption_plan_contact (" + ownerColumn + ", position, name, duty, phone)"
                            + " values (:owner, :pos, :name, :duty, :phone)").param("owner", owner).param("pos", i++)
                    .param("name", c.name()).param("duty", c.duty()).param("phone", c.phone()).update();
        }
    }

    private static PlanVersion version(ResultSet rs, int n) throws SQLException {
        return new PlanVersion(rs.getLong("id"), rs.getLong("zone_id"), rs.getString("zone_name"), rs.getInt("version_no"),
                rs.getString("title"), rs.getString("measures"), rs.getString("mechanism"),
                rs.getObject("effective_date", LocalDate.class), rs.getObject("published_at", OffsetDateTime.class),
                List.of());
    }
}
