package gxq.exchange.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import gxq.common.text.TermIndex;

/** SQL of shared items, their topics, comments, adoptions and search words. Callers check the scope ({@link ItemService}). */
@Repository
class ItemStore {

    static final String SELECT = """
            select i.*, z.short_name as zone_name, d.name as province_name,
              (select count(*) from exchange_adoption a where a.item_id = i.id) as adoptions
            from exchange_item i
            join zone z on z.id = i.zone_id
            left join region d on d.code = z.province_code
            """;

    private final JdbcClient db;
    private final TermIndex index;

    ItemStore(JdbcClient db) {
        this.db = db;
        this.index = new TermIndex(db, "exchange_term");
    }

    TermIndex index() {
        return index;
    }

    record Fields(Kind kind, String title, String summary, String body, String link, String providerName,
            String contactName, String phoneEnc, String phoneMasked, List<Topic> topics) {
    }

    long insert(long zoneId, Fields f, long by, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into exchange_item (zone_id, kind, title, summary, body, link, provider_name, contact_name,
                    contact_phone_enc, contact_phone_masked, state, created_by, created_at, updated_at, version)
                values (:zone, :kind, :title, :summary, :body, :link, :provider, :contact, :enc, :masked, 'DRAFT', :by,
                    :at, :at, 0)
                """).param("zone", zoneId).param("kind", f.kind().name()).param("title", f.title())
                .param("summary", f.summary()).param("body", f.body()).param("link", f.link())
                .param("provider", f.providerName()).param("contact", f.contactName()).param("enc", f.phoneEnc())
                .param("masked", f.phoneMasked()).param("by", by).param("at", at).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        topics(id, f.topics());
        return id;
    }

    /** Changes a draft if it still has {@code version}. */
    boolean update(long id, int version, Fields f, OffsetDateTime at) {
        int n = db.sql("""
                update exchange_item set kind = :kind, title = :title, summary = :summary, body = :body, link = :link,
                    provider_name = :provider, contact_name = :contact, contact_phone_enc = :enc,
                    contact_phone_masked = :masked, updated_at = :at, version = version + 1
                where id = :id and version = :version and state = 'DRAFT'
                """).param("kind", f.kind().name()).param("title", f.title()).param("summary", f.summary())
                .param("body", f.body()).param("link", f.link()).param("provider", f.providerName())
                .param("contact", f.contactName()).param("enc", f.phoneEnc()).param("masked", f.phoneMasked())
                .param("at", at).param("id", id).param("version", version).update();
        if (n == 1) {
            db.sql("delete from exchange_item_topic where item_id = :id").param("id", id).update();
            topics(id, f.topics());
        }
        return n == 1;
    }

    private void topics(long id, List<Topic> topics) {
        for (Topic t : topics) {
            db.sql("insert into exchange_item_topic (item_id, topic) values (:id, :t)").param("id", id)
                    .param("t", t.name()).update();
        }
    }

    /** The version- and state-checked change of state, with extra columns. */
    boolean transition(long id, int version, ItemState from, ItemState to, Map<String, Object> columns,
            OffsetDateTime at) {
        StringBuilder sql = new StringBuilder("update exchange_item set state = :to, version = version + 1, updated_at = :at");
        for (String c : columns.keySet()) {
            if (!c.matches("[a-z_]+")) {
                throw new IllegalArgumentException(c);
            }
            sql.append(", ").append(c).append(" = :c_").append(c);
        }
        sql.append(" where id = :id and version = :version and state = :from");
        var spec = db.sql(sql.toString()).param("to", to.name()).param("at", at).param("id", id)
                .param("version", version).param("from", from.name());
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            spec = spec.param("c_" + e.getKey(), e.getValue());
        }
        return spec.update() == 1;
    }

    /**
     * True when the item is still in {@code state}; its row stays locked to the end of the transaction, so that a
     * comment, an adoption or a file removal is ordered with a simultaneous publication or withdrawal.
     */
    boolean lockIn(long id, ItemState state) {
        return db.sql("update exchange_item set state = state where id = :id and state = :state").param("id", id)
                .param("state", state.name()).update() == 1;
    }

    Optional<SharedItem> find(long id) {
        return db.sql(SELECT + " where i.id = :id").param("id", id).query(this::row).optional()
                .map(i -> withTopics(List.of(i)).get(0));
    }

    /** A page of items: {@code where} over alias {@code i} (and {@code r} when ranked), parameters bound by the caller. */
    List<SharedItem> list(String where, Map<String, Object> params, TermIndex.Ranking ranking, int limit, int offset) {
        String sql = ranking == null
                ? SELECT + " where " + where + " order by coalesce(i.published_at, i.updated_at) desc, i.id desc"
                : SELECT + " join (" + ranking.sql() + ") r on r.doc_id = i.id where " + where
                        + " order by r.score desc, i.published_at desc, i.id desc";
        var spec = db.sql(sql + " limit :limit offset :offset").params(params).param("limit", limit)
                .param("offset", offset);
        if (ranking != null) {
            spec = ranking.bind(spec);
        }
        return withTopics(spec.query(this::row).list());
    }

    long count(String where, Map<String, Object> params, TermIndex.Ranking ranking) {
        String sql = "select count(*) from exchange_item i join zone z on z.id = i.zone_id"
                + (ranking == null ? "" : " join (" + ranking.sql() + ") r on r.doc_id = i.id") + " where " + where;
        var spec = db.sql(sql).params(params);
        if (ranking != null) {
            spec = ranking.bind(spec);
        }
        return spec.query(Long.class).single();
    }

    private List<SharedItem> withTopics(List<SharedItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<Topic>> topics = new LinkedHashMap<>();
        db.sql("select item_id, topic from exchange_item_topic where item_id in (:ids) order by topic")
                .param("ids", items.stream().map(SharedItem::id).toList())
                .query(rs -> {
                    topics.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>())
                            .add(Topic.valueOf(rs.getString("topic")));
                });
        return items.stream().map(i -> new SharedItem(i.id(), i.zoneId(), i.zoneName(), i.provinceName(), i.kind(),
                i.title(), i.summary(), i.body(), i.link(), i.providerName(), i.contactName(), i.contactPhoneEnc(),
                i.contactPhoneMasked(), i.state(), i.createdBy(), i.createdAt(), i.updatedAt(), i.publishedAt(),
                i.withdrawnAt(), i.withdrawReason(), i.version(),
                topics.getOrDefault(i.id(), List.of()).stream().sorted().toList(), i.adoptions())).toList();
    }

    private SharedItem row(ResultSet rs, int n) throws SQLException {
        return new SharedItem(rs.getLong("id"), rs.getLong("zone_id"), rs.getString("zone_name"),
                rs.getString("province_name"), Kind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("summary"), rs.getString("body"), rs.getString("link"), rs.getString("provider_name"),
                rs.getString("contact_name"), rs.getString("contact_phone_enc"), rs.getString("contact_phone_masked"),
                ItemState.valueOf(rs.getString("state")), rs.getLong("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class),
                rs.getString("withdraw_reason"), rs.getInt("version"), List.of(), rs.getLong("adoptions"));
    }

    // ---- comments ----

    long comment(long itemId, Long zoneId, long authorId, String authorName, String body, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into exchange_comment (item_id, zone_id, author_id, author_name, body, created_at)
                values (:item, :zone, :author, :name, :body, :at)
                """).param("item", itemId).param("zone", zoneId).param("author", authorId)
                .param("name", authorName.length() > 100 ? authorName.substring(0, 100) : authorName)
                .param("body", body).param("at", at).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Comment> comments(long itemId) {
        return db.sql("""
                select c.*, z.short_name as zone_name from exchange_comment c left join zone z on z.id = c.zone_id
                where c.item_id = :item order by c.created_at, c.id
                """).param("item", itemId).query(ItemStore::commentRow).list();
    }

    Optional<Comment> findComment(long id) {
        return db.sql("select c.*, z.short_name as zone_name from exchange_comment c left join zone z on z.id = c.zone_id"
                + " where c.id = :id").param("id", id).query(ItemStore::commentRow).optional();
    }

    boolean deleteComment(long id, long authorId) {
        return db.sql("delete from exchange_comment where id = :id and author_id = :author").param("id", id)
                .param("author", authorId).update() == 1;
    }

    private static Comment commentRow(ResultSet rs, int n) throws SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("item_id"), (Long) rs.getObject("zone_id", Long.class),
                rs.getString("zone_name"), rs.getLong("author_id"), rs.getString("author_name"), rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    // ---- adoptions ----

    /** Inserts the zone's adoption unless there is one; false when it existed (the unique key decides races). */
    boolean adopt(long itemId, long zoneId, String note, long by, OffsetDateTime at) {
        if (adoption(itemId, zoneId).isPresent()) {
            return false;
        }
        try {
            return db.sql("""
                    insert into exchange_adoption (item_id, zone_id, note, adopted_by, adopted_at)
                    values (:item, :zone, :note, :by, :at)
                    """).param("item", itemId).param("zone", zoneId).param("note", note).param("by", by)
                    .param("at", at).update() == 1;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    boolean unadopt(long itemId, long zoneId) {
        return db.sql("delete from exchange_adoption where item_id = :item and zone_id = :zone").param("item", itemId)
                .param("zone", zoneId).update() == 1;
    }

    Optional<Adoption> adoption(long itemId, long zoneId) {
        return db.sql(ADOPTIONS + " where a.item_id = :item and a.zone_id = :zone").param("item", itemId)
                .param("zone", zoneId).query(ItemStore::adoptionRow).optional();
    }

    List<Adoption> adoptions(long itemId) {
        return db.sql(ADOPTIONS + " where a.item_id = :item order by a.adopted_at, a.id").param("item", itemId)
                .query(ItemStore::adoptionRow).list();
    }

    private static final String ADOPTIONS = """
            select a.*, z.short_name as zone_name, d.name as province_name from exchange_adoption a
            join zone z on z.id = a.zone_id left join region d on d.code = z.province_code
            """;

    private static Adoption adoptionRow(ResultSet rs, int n) throws SQLException {
        return new Adoption(rs.getLong("id"), rs.getLong("item_id"), rs.getLong("zone_id"), rs.getString("zone_name"),
                rs.getString("province_name"), rs.getString("note"), rs.getObject("adopted_at", OffsetDateTime.class));
    }

    // ---- files ----

    long attach(long itemId, String name, String contentType, byte[] content, long by, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into exchange_item_file (item_id, file_name, content_type, size_bytes, content, uploaded_by,
                    uploaded_at)
                values (:item, :name, :type, :size, :content, :by, :at)
                """).param("item", itemId).param("name", name).param("type", contentType).param("size", content.length)
                .param("content", content).param("by", by).param("at", at).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<ItemFile> files(long itemId) {
        return db.sql("select id, item_id, file_name, content_type, size_bytes from exchange_item_file"
                + " where item_id = :item order by id").param("item", itemId).query(ItemStore::fileRow).list();
    }

    Optional<ItemFile> file(long id) {
        return db.sql("select id, item_id, file_name, content_type, size_bytes from exchange_item_file where id = :id")
                .param("id", id).query(ItemStore::fileRow).optional();
    }

    byte[] content(long fileId) {
        return db.sql("select content from exchange_item_file where id = :id").param("id", fileId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    boolean deleteFile(long fileId) {
        return db.sql("delete from exchange_item_file where id = :id").param("id", fileId).update() == 1;
    }

    private static ItemFile fileRow(ResultSet rs, int n) throws SQLException {
        return new ItemFile(rs.getLong("id"), rs.getLong("item_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size_bytes"));
    }
}
