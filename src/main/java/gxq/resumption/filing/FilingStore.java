package gxq.resumption.filing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.account.TenantScope;
import gxq.resumption.ChecklistItem;
import gxq.resumption.internal.FilingState;

/** The resumption_filing tables; {@link FilingService} decides who may read or write. */
@Repository
class FilingStore {

    private static final String COLUMNS = """
            f.id, f.zone_id, f.enterprise_id, en.name as ent_name, en.industry, f.state, f.planned_date,
            f.planned_headcount, f.returnees, f.masks_days, f.thermometers_days, f.disinfectant_days, f.monthly_output,
            f.contact_name, f.contact_phone_enc, f.contact_phone_masked, f.submitted_at, f.review_due, f.decided_at, f.review_comment, f.created_at,
            f.updated_at, f.version""";
    private static final String FROM = " from resumption_filing f join enterprise en on en.id = f.enterprise_id ";
    private static final String ATTACHMENT = """
            a.id, a.filing_id, a.item_id, a.zone_id, a.enterprise_id, a.file_name, a.content_type, a.size_bytes,
            a.uploaded_at""";

    private final JdbcClient db;

    FilingStore(JdbcClient db) {
        this.db = db;
    }

    Optional<Filing> find(long id) {
        return db.sql("select " + COLUMNS + FROM + "where f.id = :id").param("id", id).query(FilingStore::filing)
                .optional();
    }

    /** The enterprise's filings, newest first. */
    List<Filing> ofEnterprise(long enterpriseId) {
        return db.sql("select " + COLUMNS + FROM + "where f.enterprise_id = :ent order by f.created_at desc, f.id desc")
                .param("ent", enterpriseId).query(FilingStore::filing).list();
    }

    long insert(long zoneId, long enterpriseId, long userId, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into resumption_filing (zone_id, enterprise_id, state, open_enterprise_id, created_by, created_at,
                    updated_by, updated_at, version)
                values (:zone, :ent, 'DRAFT', :ent, :user, :now, :user, :now, 0)
                """).param("zone", zoneId).param("ent", enterpriseId).param("user", userId).param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The contact number as stored: encrypted, and masked for display (both null when none was typed). */
    record Phone(String encrypted, String masked) {
    }

    /** Writes the fields if the version is still {@code version}; bumps it. */
    boolean update(long id, int version, FilingRules.Values v, Phone phone, long userId, OffsetDateTime now) {
        return db.sql("""
                update resumption_filing set planned_date = :date, planned_headcount = :headcount, returnees = :returnees,
                    masks_days = :masks, thermometers_days = :thermometers, disinfectant_days = :disinfectant,
                    monthly_output = :output, contact_name = :name, contact_phone_enc = :phoneEnc,
                    contact_phone_masked = :phoneMasked, updated_by = :user,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version and state in ('DRAFT', 'RETURNED')
                """).param("date", v.plannedDate()).param("headcount", v.plannedHeadcount())
                .param("returnees", v.returnees()).param("masks", v.masksDays())
                .param("thermometers", v.thermometersDays()).param("disinfectant", v.disinfectantDays())
                .param("output", v.monthlyOutput()).param("name", v.contactName())
                .param("phoneEnc", phone.encrypted()).param("phoneMasked", phone.masked())
                .param("user", userId).param("now", now).param("id", id).param("version", version).update() == 1;
    }

    /** Submits a DRAFT or RETURNED filing still at {@code version}, with its review deadline; bumps the version. */
    boolean submit(long id, int version, FilingState from, long userId, OffsetDateTime now, OffsetDateTime reviewDue) {
        return db.sql("""
                update resumption_filing set state = 'SUBMITTED', submitted_at = :now, review_due = :due,
                    decided_at = null, updated_by = :user, updated_at = :now, version = version + 1
                where id = :id and version = :version and state = :from
                """).param("now", now).param("due", reviewDue).param("user", userId).param("id", id)
                .param("version", version).param("from", from.name()).update() == 1;
    }

    /** Decides a SUBMITTED filing still at {@code version}: RETURNED stays open, APPROVED and REJECTED close it. */
    boolean decide(long id, int version, FilingState to, long userId, OffsetDateTime now, String comment) {
        String open = to == FilingState.RETURNED ? "enterprise_id" : "null";
        return db.sql("update resumption_filing set state = :to, open_enterprise_id = " + open + """
                , decided_at = :now, review_comment = :comment, updated_by = :user, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version and state = 'SUBMITTED'
                """).param("to", to.name()).param("now", now).param("comment", comment).param("user", userId)
                .param("id", id).param("version", version).update() == 1;
    }

    List<Answer> answers(long filingId) {
        Map<Long, List<Attachment>> files = new LinkedHashMap<>();
        for (Attachment a : attachments(filingId)) {
            files.computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(a);
        }
        return db.sql("""
                select item_id, item_code, item_title, evidence_required, position, answer, note, evidence, review_comment
                from resumption_filing_answer where filing_id = :f order by position, item_id
                """).param("f", filingId).query((rs, n) -> new Answer(rs.getLong("item_id"), rs.getString("item_code"),
                        rs.getString("item_title"), rs.getBoolean("evidence_required"), rs.getInt("position"),
                        rs.getString("answer"), rs.getString("note"), rs.getString("evidence"),
                        rs.getString("review_comment"), List.of())).list()
                .stream().map(a -> a.withAttachments(files.getOrDefault(a.itemId(), List.of()))).toList();
    }

    /** Adds the items of the checklist the filing has no answer to yet (national ones first, by position). */
    void addItems(long filingId, List<ChecklistItem> items, List<Answer> existing) {
        var known = existing.stream().map(Answer::itemId).toList();
        int offset = 0;
        for (ChecklistItem item : items) {
            offset++;
            if (!known.contains(item.id())) {
                db.sql("""
                        insert into resumption_filing_answer (filing_id, item_id, item_code, item_title, evidence_required,
                            position)
                        values (:f, :item, :code, :title, :evidence, :position)
                        """).param("f", filingId).param("item", item.id()).param("code", item.code())
                        .param("title", item.title()).param("evidence", item.evidenceRequired())
                        .param("position", offset).update();
            }
        }
    }

    void answer(long filingId, long itemId, FilingRules.AnswerValue v) {
        db.sql("""
                update resumption_filing_answer set answer = :answer, note = :note, evidence = :evidence
                where filing_id = :f and item_id = :item
                """).param("answer", v.answer()).param("note", v.note()).param("evidence", v.evidence())
                .param("f", filingId).param("item", itemId).update();
    }

    /** Sets the review comments of the items (null clears them). */
    void reviewComments(long filingId, Map<Long, String> comments) {
        db.sql("update resumption_filing_answer set review_comment = null where filing_id = :f").param("f", filingId)
                .update();
        comments.forEach((item, text) -> db.sql(
                        "update resumption_filing_answer set review_comment = :c where filing_id = :f and item_id = :item")
                .param("c", text).param("f", filingId).param("item", item).update());
    }

    List<Attachment> attachments(long filingId) {
        return db.sql("select " + ATTACHMENT + " from resumption_filing_attachment a where a.filing_id = :f order by a.id")
                .param("f", filingId).query(FilingStore::attachment).list();
    }

    Optional<Attachment> attachment(long id) {
        return db.sql("select " + ATTACHMENT + " from resumption_filing_attachment a where a.id = :id").param("id", id)
                .query(FilingStore::attachment).optional();
    }

    byte[] content(long attachmentId) {
        return db.sql("select content from resumption_filing_attachment where id = :id").param("id", attachmentId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    long attach(Filing f, long itemId, String name, String contentType, byte[] content, long userId,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into resumption_filing_attachment (filing_id, item_id, zone_id, enterprise_id, file_name,
                    content_type, size_bytes, content, uploaded_by, uploaded_at)
                values (:f, :item, :zone, :ent, :name, :type, :size, :content, :user, :now)
                """).param("f", f.id()).param("item", itemId).param("zone", f.zoneId()).param("ent", f.enterpriseId())
                .param("name", name).param("type", contentType).param("size", content.length)
                .param("content", content).param("user", userId).param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void detach(long attachmentId) {
        db.sql("delete from resumption_filing_attachment where id = :id").param("id", attachmentId).update();
    }

    void history(Filing f, FilingState from, FilingState to, long actorId, String actorName, String comment,
            String itemComments, OffsetDateTime now) {
        db.sql("""
                insert into resumption_filing_history (filing_id, zone_id, enterprise_id, from_state, to_state, actor_id,
                    actor_name, comment, item_comments, changed_at)
                values (:f, :zone, :ent, :from, :to, :actor, :name, :comment, :items, :now)
                """).param("f", f.id()).param("zone", f.zoneId()).param("ent", f.enterpriseId())
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("actor", actorId)
                .param("name", actorName).param("comment", comment).param("items", itemComments).param("now", now)
                .update();
    }

    List<HistoryLine> history(long filingId) {
        return db.sql("""
                select from_state, to_state, actor_name, comment, item_comments, changed_at
                from resumption_filing_history where filing_id = :f order by changed_at, id
                """).param("f", filingId).query((rs, n) -> new HistoryLine(state(rs.getString("from_state")),
                        FilingState.valueOf(rs.getString("to_state")), rs.getString("actor_name"),
                        rs.getString("comment"), rs.getString("item_comments"),
                        rs.getObject("changed_at", OffsetDateTime.class))).list();
    }

    /** Filters of the review queue. */
    record Query(FilingState state, String industry, LocalDate submittedFrom, LocalDate submittedTo, String name,
            boolean recentFirst) {
    }

    /**
     * The caller's filings that were submitted at least once (drafts are the enterprise's own), filtered; by default
     * those waiting for review first, earliest deadline (so overdue) first. Dates are UTC bounds of Shanghai days.
     */
    List<Filing> queue(TenantScope scope, Query q, OffsetDateTime fromInstant, OffsetDateTime toInstant, int limit,
            int offset) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + FROM + "where f.submitted_at is not null and "
                + scope.sqlFilter("f."));
        if (q.state() != null) {
            sql.append(" and f.state = :state");
        }
        if (q.industry() != null) {
            sql.append(" and en.industry = :industry");
        }
        if (fromInstant != null) {
            sql.append(" and f.submitted_at >= :from");
        }
        if (toInstant != null) {
            sql.append(" and f.submitted_at < :to");
        }
        if (q.name() != null) {
            sql.append(" and lower(en.name) like :name escape '!'");
        }
        sql.append(q.recentFirst() ? " order by f.updated_at desc, f.id desc"
                : " order by case when f.state = 'SUBMITTED' then 0 else 1 end, f.review_due, f.id");
        sql.append(" limit :limit offset :offset");
        var spec = scope.bind(db.sql(sql.toString())).param("limit", limit).param("offset", offset);
        if (q.state() != null) {
            spec = spec.param("state", q.state().name());
        }
        if (q.industry() != null) {
            spec = spec.param("industry", q.industry());
        }
        if (fromInstant != null) {
            spec = spec.param("from", fromInstant);
        }
        if (toInstant != null) {
            spec = spec.param("to", toInstant);
        }
        if (q.name() != null) {
            String like = q.name().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            spec = spec.param("name", "%" + like + "%");
        }
        return spec.query(FilingStore::filing).list();
    }

    /** Counts by state of the caller's submitted filings; {@code overdue}: SUBMITTED past the deadline. */
    Map<String, Long> counts(TenantScope scope, OffsetDateTime now) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FilingState s : FilingState.values()) {
            counts.put(s.name(), 0L);
        }
        scope.bind(db.sql("select f.state, count(*) from resumption_filing f where f.submitted_at is not null and "
                + scope.sqlFilter("f.") + " group by f.state")).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        counts.put("OVERDUE", scope.bind(db.sql("select count(*) from resumption_filing f where f.state = 'SUBMITTED'"
                + " and f.review_due < :now and " + scope.sqlFilter("f."))).param("now", now).query(Long.class).single());
        return counts;
    }

    /** Counts of one zone's submitted filings by state, for the ministry (no enterprise, no file). */
    record ZoneCounts(long zoneId, String zoneName, Map<String, Long> counts) {
    }

    List<ZoneCounts> countsByZone(OffsetDateTime now) {
        Map<Long, ZoneCounts> byZone = new LinkedHashMap<>();
        db.sql("""
                select z.id, z.short_name, f.state, count(*) as n,
                    sum(case when f.state = 'SUBMITTED' and f.review_due < :now then 1 else 0 end) as overdue
                from resumption_filing f join zone z on z.id = f.zone_id
                where f.submitted_at is not null
                group by z.id, z.short_name, f.state order by z.id
                """).param("now", now).query(rs -> {
                    ZoneCounts c = byZone.computeIfAbsent(rs.getLong(1), id -> {
                        Map<String, Long> m = new LinkedHashMap<>();
                        for (FilingState st : FilingState.values()) {
                            m.put(st.name(), 0L);
                        }
                        m.put("OVERDUE", 0L);
                        return new ZoneCounts(id, safe(rs, 2), m);
                    });
                    c.counts().put(rs.getString(3), rs.getLong(4));
                    c.counts().merge("OVERDUE", rs.getLong(5), Long::sum);
                });
        return List.copyOf(byZone.values());
    }

    private static String safe(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FilingState state(String s) {
        return s == null ? null : FilingState.valueOf(s);
    }

    private static Filing filing(ResultSet rs, int n) throws SQLException {
        return new Filing(rs.getLong("id"), rs.getLong("zone_id"), rs.getLong("enterprise_id"), rs.getString("ent_name"),
                rs.getString("industry"), FilingState.valueOf(rs.getString("state")),
                rs.getObject("planned_date", LocalDate.class), (Integer) rs.getObject("planned_headcount", Integer.class),
                rs.getObject("returnees", Integer.class), rs.getObject("masks_days", Integer.class),
                rs.getObject("thermometers_days", Integer.class), rs.getObject("disinfectant_days", Integer.class),
                rs.getBigDecimal("monthly_output"), rs.getString("contact_name"),
                rs.getString("contact_phone_enc"), rs.getString("contact_phone_masked"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("review_due", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("review_comment"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"));
    }

    private static Attachment attachment(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("filing_id"), rs.getLong("item_id"), rs.getLong("zone_id"),
                rs.getLong("enterprise_id"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getInt("size_bytes"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
