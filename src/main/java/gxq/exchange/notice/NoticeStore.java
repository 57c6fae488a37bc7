package gxq.exchange.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of notices, their target zones, read receipts and files. Callers check scope and state. */
@Repository
class NoticeStore {

    private static final String COLUMNS = """
            n.id, n.title, n.body, n.importance, n.read_by, n.audience, n.state, n.author_id, n.author_name,
            n.created_at, n.updated_at, n.sent_at, n.withdrawn_at, n.withdraw_reason, n.version""";

    private final JdbcClient db;

    NoticeStore(JdbcClient db) {
        this.db = db;
    }

    record Fields(String title, String body, Importance importance, LocalDate readBy, Audience.Kind audience) {
    }

    long insert(Fields f, long authorId, String authorName, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        db.sql("""
                insert into notice (title, body, importance, read_by, audience, state, author_id, author_name,
                                    created_at, updated_at, version)
                values (:title, :body, :importance, :readBy, :audience, 'DRAFT', :author, :authorName, :now, :now, 0)
                """).param("title", f.title()).param("body", f.body()).param("importance", f.importance().name())
                .param("readBy", f.readBy()).param("audience", f.audience().name()).param("author", authorId)
                .param("authorName", authorName).param("now", now).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Changes a draft at the given version; 0 when it is no longer a draft at that version. */
    int update(long id, int version, Fields f, OffsetDateTime now) {
        return db.sql("""
                update notice set title = :title, body = :body, importance = :importance, read_by = :readBy,
                       audience = :audience, updated_at = :now, version = version + 1
                where id = :id and version = :version and state = 'DRAFT'
                """).param("title", f.title()).param("body", f.body()).param("importance", f.importance().name())
                .param("readBy", f.readBy()).param("audience", f.audience().name()).param("now", now)
                .param("id", id).param("version", version).update();
    }

    void replaceZones(long id, List<Long> zones) {
        db.sql("delete from notice_zone where notice_id = :id").param("id", id).update();
        for (Long z : zones) {
            db.sql("insert into notice_zone (notice_id, zone_id) values (:id, :zone)").param("id", id).param("zone", z)
                    .update();
        }
    }

    int send(long id, int version, long by, OffsetDateTime now) {
        return db.sql("""
                update notice set state = 'SENT', sent_at = :now, sent_by = :by, updated_at = :now, version = version + 1
                where id = :id and version = :version and state = 'DRAFT'
                """).param("now", now).param("by", by).param("id", id).param("version", version).update();
    }

    int withdraw(long id, int version, long by, String reason, OffsetDateTime now) {
        return db.sql("""
                update notice set state = 'WITHDRAWN', withdrawn_at = :now, withdrawn_by = :by, withdraw_reason = :reason,
                       updated_at = :now, version = version + 1
                where id = :id and version = :version and state = 'SENT'
                """).param("now", now).param("by", by).param("reason", reason).param("id", id)
                .param("version", version).update();
    }

    Optional<Notice> find(long id) {
        return db.sql("select " + COLUMNS + " from notice n where n.id = :id").param("id", id).query(NoticeStore::notice)
                .optional();
    }

    List<Long> zones(long id) {
        return db.sql("select zone_id from notice_zone where notice_id = :id order by zone_id").param("id", id)
                .query(Long.class).list();
    }

    boolean targets(long id, long zoneId) {
        return db.sql("select count(*) from notice_zone where notice_id = :id and zone_id = :zone").param("id", id)
                .param("zone", zoneId).query(Long.class).single() > 0;
    }

    // ---- receipts ----

    /** Records the reader's first read; 1 when this call wrote it, 0 when it was there already (concurrency-safe). */
    int read(long id, long zoneId, long userId, String userName, OffsetDateTime now) {
        return db.sql("""
                insert into notice_receipt (notice_id, zone_id, user_id, user_name, read_at)
                values (:id, :zone, :user, :name, :now)
                on conflict do nothing
                """).param("id", id).param("zone", zoneId).param("user", userId).param("name", userName)
                .param("now", now).update();
    }

    int acknowledge(long id, long userId, OffsetDateTime now) {
        return db.sql("""
                update notice_receipt set acknowledged_at = :now
                where notice_id = :id and user_id = :user and acknowledged_at is null
                """).param("now", now).param("id", id).param("user", userId).update();
    }

    record Receipt(OffsetDateTime readAt, OffsetDateTime acknowledgedAt) {
    }

    Optional<Receipt> receipt(long id, long userId) {
        return db.sql("select read_at, acknowledged_at from notice_receipt where notice_id = :id and user_id = :user")
                .param("id", id).param("user", userId)
                .query((rs, n) -> new Receipt(ts(rs, "read_at"), ts(rs, "acknowledged_at"))).optional();
    }

    /** Per target zone: readers, first read, first reader, first acknowledgement. */
    record ZoneReceipt(long zoneId, int readers, OffsetDateTime firstReadAt, String firstReader,
            OffsetDateTime acknowledgedAt) {
    }

    List<ZoneReceipt> zoneReceipts(long id) {
        return db.sql("""
                select t.zone_id,
                       (select count(*) from notice_receipt r where r.notice_id = t.notice_id and r.zone_id = t.zone_id) readers,
                       (select min(r.read_at) from notice_receipt r where r.notice_id = t.notice_id and r.zone_id = t.zone_id) first_read,
                       (select r.user_name from notice_receipt r where r.notice_id = t.notice_id and r.zone_id = t.zone_id
                        order by r.read_at, r.id limit 1) first_reader,
                       (select min(r.acknowledged_at) from notice_receipt r where r.notice_id = t.notice_id
                        and r.zone_id = t.zone_id) acknowledged
                from notice_zone t where t.notice_id = :id order by t.zone_id
                """).param("id", id)
                .query((rs, n) -> new ZoneReceipt(rs.getLong("zone_id"), rs.getInt("readers"), ts(rs, "first_read"),
                        rs.getString("first_reader"), ts(rs, "acknowledged")))
                .list();
    }

    // ---- lists ----

    /** A notice in the ministry's list with its target and read zone counts. */
    record Sent(Notice notice, long targets, long zonesRead) {

        public int ratePercent() {
            return targets == 0 ? 0 : (int) Math.floor(100.0 * zonesRead / targets);
        }
    }

    List<Sent> ministryList(NoticeState state, int limit, int offset) {
        return db.sql("select " + COLUMNS + """
                , (select count(*) from notice_zone t where t.notice_id = n.id) targets,
                  (select count(distinct r.zone_id) from notice_receipt r where r.notice_id = n.id) zones_read
                from notice n where (:state = '' or n.state = :state)
                order by case when n.state = 'DRAFT' then 0 else 1 end, coalesce(n.sent_at, n.updated_at) desc, n.id desc
                limit :limit offset :offset
                """).param("state", state == null ? "" : state.name()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Sent(notice(rs, n), rs.getLong("targets"), rs.getLong("zones_read"))).list();
    }

    /** A notice in a zone user's inbox with the user's own receipt. */
    record Inboxed(Notice notice, OffsetDateTime readAt, OffsetDateTime acknowledgedAt) {

        public boolean unread() {
            return readAt == null && !notice.withdrawn();
        }
    }

    List<Inboxed> inbox(long zoneId, long userId, boolean unreadOnly, int limit, int offset) {
        return db.sql("select " + COLUMNS + """
                , r.read_at, r.acknowledged_at
                from notice n
                join notice_zone t on t.notice_id = n.id and t.zone_id = :zone
                left join notice_receipt r on r.notice_id = n.id and r.user_id = :user
                where n.state in ('SENT', 'WITHDRAWN')
                  and (:unreadOnly = false or (n.state = 'SENT' and r.id is null))
                order by case when n.state = 'SENT' and r.id is null then 0 else 1 end, n.sent_at desc, n.id desc
                limit :limit offset :offset
                """).param("zone", zoneId).param("user", userId).param("unreadOnly", unreadOnly).param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Inboxed(notice(rs, n), ts(rs, "read_at"), ts(rs, "acknowledged_at"))).list();
    }

    /** Unread sent notices of a zone user: {all, urgent}. */
    long[] unread(long zoneId, long userId) {
        return db.sql("""
                select count(*) total, coalesce(sum(case when n.importance = 'URGENT' then 1 else 0 end), 0) urgent
                from notice n join notice_zone t on t.notice_id = n.id and t.zone_id = :zone
                where n.state = 'SENT'
                  and not exists (select 1 from notice_receipt r where r.notice_id = n.id and r.user_id = :user)
                """).param("zone", zoneId).param("user", userId)
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("urgent")}).single();
    }

    // ---- files ----

    long attach(long id, String name, String contentType, byte[] content, long by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        db.sql("""
                insert into notice_file (notice_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                values (:id, :name, :type, :size, :content, :by, :now)
                """).param("id", id).param("name", name).param("type", contentType).param("size", content.length)
                .param("content", content).param("by", by).param("now", now).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<NoticeFile> files(long id) {
        return db.sql("""
                select id, notice_id, file_name, content_type, size_bytes from notice_file where notice_id = :id order by id
                """).param("id", id).query(NoticeStore::file).list();
    }

    Optional<NoticeFile> file(long fileId) {
        return db.sql("select id, notice_id, file_name, content_type, size_bytes from notice_file where id = :id")
                .param("id", fileId).query(NoticeStore::file).optional();
    }

    byte[] content(long fileId) {
        return db.sql("select content from notice_file where id = :id").param("id", fileId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    int removeFile(long id, long fileId) {
        return db.sql("delete from notice_file where id = :file and notice_id = :id").param("file", fileId)
                .param("id", id).update();
    }

    long count(String sql, Map<String, ?> params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    // ---- mapping ----

    private static NoticeFile file(ResultSet rs, int n) throws SQLException {
        return new NoticeFile(rs.getLong("id"), rs.getLong("notice_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size_bytes"));
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                Importance.valueOf(rs.getString("importance")), rs.getObject("read_by", LocalDate.class),
                Audience.Kind.valueOf(rs.getString("audience")), NoticeState.valueOf(rs.getString("state")),
                rs.getLong("author_id"), rs.getString("author_name"), ts(rs, "created_at"), ts(rs, "updated_at"),
                ts(rs, "sent_at"), ts(rs, "withdrawn_at"), rs.getString("withdraw_reason"), rs.getInt("version"));
    }

    private static OffsetDateTime ts(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
