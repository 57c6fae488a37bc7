package gxq.market.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of posts and match requests. Reads join zone and enterprise names only (read-only join, architecture.md). */
@Repository
class MarketStore {

    private static final String POST = """
            select p.*, e.name as enterprise_name, z.short_name as zone_name
            from market_post p join enterprise e on e.id = p.enterprise_id join zone z on z.id = p.zone_id
            """;

    private static final String MATCH = """
            select m.*, fp.title as from_title, tp.title as to_title, re.name as requester_name, oe.name as owner_name
            from market_match m join market_post fp on fp.id = m.from_post_id join market_post tp on tp.id = m.to_post_id
            join enterprise re on re.id = m.requester_enterprise_id join enterprise oe on oe.id = m.owner_enterprise_id
            """;

    private final JdbcClient db;

    MarketStore(JdbcClient db) {
        this.db = db;
    }

    record NewPost(long zoneId, long enterpriseId, Side side, Category category, String title, String description,
            BigDecimal quantity, String unit, String provinceCode, String cityCode, LocalDate dateFrom,
            LocalDate dateUntil, String contactName, String phoneEnc, String phoneMasked, String keywords) {
    }

    long insert(NewPost p, long userId, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        bindPost(db.sql("""
                insert into market_post (zone_id, enterprise_id, side, category, title, description, quantity, unit,
                    province_code, city_code, date_from, date_until, contact_name, contact_phone_enc, contact_phone_masked,
                    keywords, status, version, created_by, created_at, updated_at)
                values (:zone, :ent, :side, :category, :title, :description, :quantity, :unit, :province, :city, :from,
                    :until, :contactName, :phoneEnc, :phoneMasked, :keywords, 'OPEN', 0, :user, :now, :now)
                """), p).param("zone", p.zoneId()).param("ent", p.enterpriseId()).param("user", userId)
                .param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Updates an open post at the given version; false when the version is stale or the post no longer open. */
    boolean update(long id, int version, NewPost p, OffsetDateTime now) {
        return bindPost(db.sql("""
                update market_post set side = :side, category = :category, title = :title, description = :description,
                    quantity = :quantity, unit = :unit, province_code = :province, city_code = :city, date_from = :from,
                    date_until = :until, contact_name = :contactName, contact_phone_enc = :phoneEnc,
                    contact_phone_masked = :phoneMasked, keywords = :keywords, version = version + 1, updated_at = :now
                where id = :id and version = :version and status = 'OPEN'
                """), p).param("id", id).param("version", version).param("now", now).update() == 1;
    }

    private static JdbcClient.StatementSpec bindPost(JdbcClient.StatementSpec spec, NewPost p) {
        return spec.param("side", p.side().name()).param("category", p.category().name()).param("title", p.title())
                .param("description", p.description()).param("quantity", p.quantity()).param("unit", p.unit())
                .param("province", p.provinceCode()).param("city", p.cityCode()).param("from", p.dateFrom())
                .param("until", p.dateUntil()).param("contactName", p.contactName()).param("phoneEnc", p.phoneEnc())
                .param("phoneMasked", p.phoneMasked()).param("keywords", p.keywords());
    }

    boolean close(long id, int version, OffsetDateTime now) {
        return db.sql("""
                update market_post set status = 'CLOSED', version = version + 1, updated_at = :now
                where id = :id and version = :version and status = 'OPEN'
                """).param("id", id).param("version", version).param("now", now).update() == 1;
    }

    Optional<Post> find(long id) {
        return db.sql(POST + " where p.id = :id").param("id", id).query(MarketStore::post).optional();
    }

    record Filter(Side side, Category category, String province, String city, String q) {
    }

    /** Open, unexpired posts of all zones matching the filter, newest first; one more than {@code size} tells of a next page. */
    List<Post> board(Filter f, LocalDate today, int page, int size) {
        StringBuilder sql = new StringBuilder(POST).append(" where p.status = 'OPEN' and p.date_until >= :today");
        if (f.side() != null) {
            sql.append(" and p.side = :side");
        }
        if (f.category() != null) {
            sql.append(" and p.category = :category");
        }
        if (f.province() != null) {
            sql.append(" and p.province_code = :province");
        }
        if (f.city() != null) {
            sql.append(" and p.city_code = :city");
        }
        if (f.q() != null) {
            sql.append(" and (lower(p.title) like :q escape '\\' or lower(p.description) like :q escape '\\' or p.keywords like :q escape '\\')");
        }
        sql.append(" order by p.created_at desc, p.id desc limit :limit offset :offset");
        var spec = db.sql(sql.toString()).param("today", today).param("limit", size + 1)
                .param("offset", (long) page * size);
        if (f.side() != null) {
            spec = spec.param("side", f.side().name());
        }
        if (f.category() != null) {
            spec = spec.param("category", f.category().name());
        }
        if (f.province() != null) {
            spec = spec.param("province", f.province());
        }
        if (f.city() != null) {
            spec = spec.param("city", f.city());
        }
        if (f.q() != null) {
            spec = spec.param("q", "%" + f.q().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return spec.query(MarketStore::post).list();
    }

    /** Candidates for matching: open, unexpired posts of a side, of other enterprises; at most {@code limit}, newest first. */
    List<Post> candidates(Side side, long exceptEnterprise, LocalDate today, int limit) {
        return db.sql(POST + """
                 where p.status = 'OPEN' and p.date_until >= :today and p.side = :side and p.enterprise_id <> :ent
                order by p.created_at desc, p.id desc limit :limit
                """).param("today", today).param("side", side.name()).param("ent", exceptEnterprise)
                .param("limit", limit).query(MarketStore::post).list();
    }

    List<Post> ofEnterprise(long enterprise) {
        return db.sql(POST + " where p.enterprise_id = :ent order by p.created_at desc, p.id desc")
                .param("ent", enterprise).query(MarketStore::post).list();
    }

    long insertMatch(Post from, Post to, String message, int score, long userId, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into market_match (from_post_id, to_post_id, pair_low, pair_high, requester_zone_id,
                    requester_enterprise_id, owner_zone_id, owner_enterprise_id, message, score, status, version,
                    requested_by, created_at)
                values (:from, :to, :low, :high, :rz, :re, :oz, :oe, :message, :score, 'PENDING', 0, :user, :now)
                """).param("from", from.id()).param("to", to.id()).param("low", Math.min(from.id(), to.id()))
                .param("high", Math.max(from.id(), to.id())).param("rz", from.zoneId())
                .param("re", from.enterpriseId()).param("oz", to.zoneId()).param("oe", to.enterpriseId())
                .param("message", message).param("score", score).param("user", userId).param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean pairExists(long fromPost, long toPost) {
        return db.sql("select count(*) from market_match where pair_low = :low and pair_high = :high")
                .param("low", Math.min(fromPost, toPost)).param("high", Math.max(fromPost, toPost))
                .query(Long.class).single() > 0;
    }

    /** Decides a pending request at the given version; false when someone else decided first. */
    boolean decide(long id, int version, String status, long userId, OffsetDateTime now) {
        return db.sql("""
                update market_match set status = :status, version = version + 1, decided_by = :user, decided_at = :now
                where id = :id and version = :version and status = 'PENDING'
                """).param("status", status).param("user", userId).param("now", now).param("id", id)
                .param("version", version).update() == 1;
    }

    Optional<MatchRequest> findMatch(long id) {
        return db.sql(MATCH + " where m.id = :id").param("id", id).query(MarketStore::match).optional();
    }

    /** Requests an enterprise sent or received, newest first. */
    List<MatchRequest> matchesOf(long enterprise) {
        return db.sql(MATCH + """
                 where m.requester_enterprise_id = :ent or m.owner_enterprise_id = :ent
                order by m.created_at desc, m.id desc limit 500
                """).param("ent", enterprise).query(MarketStore::match).list();
    }

    /** Requests touching a post (sent from it or to it), by the other post's id. */
    Map<Long, String> statusByOtherPost(long post) {
        Map<Long, String> map = new java.util.HashMap<>();
        db.sql("select from_post_id, to_post_id, status from market_match where from_post_id = :p or to_post_id = :p")
                .param("p", post).query((rs, n) -> {
                    long other = rs.getLong("from_post_id") == post ? rs.getLong("to_post_id") : rs.getLong("from_post_id");
                    map.put(other, rs.getString("status"));
                    return null;
                }).list();
        return map;
    }

    long countPendingFor(long enterprise) {
        return db.sql("select count(*) from market_match where owner_enterprise_id = :e and status = 'PENDING'")
                .param("e", enterprise).query(Long.class).single();
    }

    /** Requests by status touching the zone (either side), or all zones when {@code zone} is null. */
    Map<String, Long> matchCounts(Long zone) {
        Map<String, Long> counts = new java.util.TreeMap<>(Map.of("PENDING", 0L, "ACCEPTED", 0L, "DECLINED", 0L));
        String where = zone == null ? "" : " where requester_zone_id = :z or owner_zone_id = :z";
        var spec = db.sql("select status, count(*) as n from market_match" + where + " group by status");
        if (zone != null) {
            spec = spec.param("z", zone);
        }
        spec.query((rs, n) -> counts.put(rs.getString("status"), rs.getLong("n"))).list();
        return counts;
    }

    long countOpenPosts(Long zone, LocalDate today) {
        String where = zone == null ? "" : " and zone_id = :z";
        var spec = db.sql("select count(*) from market_post where status = 'OPEN' and date_until >= :today" + where)
                .param("today", today);
        if (zone != null) {
            spec = spec.param("z", zone);
        }
        return spec.query(Long.class).single();
    }

    private static Post post(ResultSet rs, int n) throws SQLException {
        return new Post(rs.getLong("id"), rs.getLong("zone_id"), rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getString("zone_name"), Side.valueOf(rs.getString("side")),
                Category.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("description"),
                rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getString("province_code"),
                rs.getString("city_code"), rs.getObject("date_from", LocalDate.class),
                rs.getObject("date_until", LocalDate.class), rs.getString("contact_name"),
                rs.getString("contact_phone_enc"), rs.getString("contact_phone_masked"), rs.getString("keywords"),
                rs.getString("status"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static MatchRequest match(ResultSet rs, int n) throws SQLException {
        return new MatchRequest(rs.getLong("id"), rs.getLong("from_post_id"), rs.getString("from_title"),
                rs.getLong("to_post_id"), rs.getString("to_title"), rs.getLong("requester_zone_id"),
                rs.getLong("requester_enterprise_id"), rs.getString("requester_name"), rs.getLong("owner_zone_id"),
                rs.getLong("owner_enterprise_id"), rs.getString("owner_name"), rs.getString("message"),
                rs.getInt("score"), rs.getString("status"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class));
    }
}
