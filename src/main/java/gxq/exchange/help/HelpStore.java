package gxq.exchange.help;

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

/** SQL of help requests and offers. Callers check the scope ({@link HelpService}). */
@Repository
class HelpStore {

    private static final String SELECT = """
            select r.*, z.short_name as zone_name, z.province_code, p.name as province_name,
              (select count(*) from exchange_help_offer o where o.request_id = r.id) as offers,
              (select count(*) from exchange_help_offer o where o.request_id = r.id and o.state = 'PENDING') as pending
            from exchange_help_request r
            join zone z on z.id = r.zone_id
            left join region p on p.code = z.province_code
            """;

    private final JdbcClient db;

    HelpStore(JdbcClient db) {
        this.db = db;
    }

    record NewRequest(long zoneId, HelpCategory category, String title, String details, int quantity, String unit,
            LocalDate neededBy, String contactName, String phoneEnc, String phoneMasked, long by, OffsetDateTime at) {
    }

    long insert(NewRequest r) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into exchange_help_request (zone_id, category, title, details, quantity, unit, needed_by,
                    contact_name, contact_phone_enc, contact_phone_masked, state, created_by, created_at, updated_at,
                    version)
                values (:zone, :category, :title, :details, :quantity, :unit, :neededBy, :contact, :enc, :masked,
                    'OPEN', :by, :at, :at, 0)
                """).param("zone", r.zoneId()).param("category", r.category().name()).param("title", r.title())
                .param("details", r.details()).param("quantity", r.quantity()).param("unit", r.unit())
                .param("neededBy", r.neededBy()).param("contact", r.contactName()).param("enc", r.phoneEnc())
                .param("masked", r.phoneMasked()).param("by", r.by()).param("at", r.at()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<HelpRequest> find(long id) {
        return db.sql(SELECT + " where r.id = :id").param("id", id).query(HelpStore::row).optional();
    }

    /** Version- and state-checked: sets the state (and closed_at when given), version + 1. */
    boolean transition(long id, int version, List<RequestState> from, RequestState to, OffsetDateTime closedAt,
            OffsetDateTime at) {
        return db.sql("""
                update exchange_help_request set state = :to, version = version + 1, updated_at = :at,
                    closed_at = coalesce(:closedAt, closed_at)
                where id = :id and version = :version and state in (:from)
                """).param("to", to.name()).param("at", at).param("closedAt", closedAt).param("id", id)
                .param("version", version).param("from", from.stream().map(Enum::name).toList()).update() == 1;
    }

    /**
     * True when the request still takes offers; the row stays locked to the end of the transaction, so that an offer
     * and a simultaneous "met"/"close" (or expiry check) are ordered: the offer never lands on a request just closed.
     */
    boolean lockOpen(long id, LocalDate today) {
        return db.sql("""
                update exchange_help_request set state = state
                where id = :id and state in ('OPEN', 'PARTLY_MET') and needed_by >= :today
                """).param("id", id).param("today", today).update() == 1;
    }

    List<HelpRequest> list(String where, Map<String, Object> params, int limit, int offset) {
        return db.sql(SELECT + " where " + where + " order by r.created_at desc, r.id desc limit :limit offset :offset")
                .params(params).param("limit", limit).param("offset", offset).query(HelpStore::row).list();
    }

    long count(String where, Map<String, Object> params) {
        return db.sql("select count(*) from exchange_help_request r join zone z on z.id = r.zone_id where " + where)
                .params(params).query(Long.class).single();
    }

    /** Open requests not yet past their day, by province and category: province code, name, category, count. */
    List<Object[]> openByProvince(LocalDate today) {
        return db.sql("""
                select z.province_code, p.name, r.category, count(*) as n from exchange_help_request r
                join zone z on z.id = r.zone_id left join region p on p.code = z.province_code
                where r.state in ('OPEN', 'PARTLY_MET') and r.needed_by >= :today
                group by z.province_code, p.name, r.category order by z.province_code, r.category
                """).param("today", today).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                        HelpCategory.valueOf(rs.getString(3)), rs.getLong(4)}).list();
    }

    private static HelpRequest row(ResultSet rs, int n) throws SQLException {
        return new HelpRequest(rs.getLong("id"), rs.getLong("zone_id"), rs.getString("zone_name"),
                rs.getString("province_code"), rs.getString("province_name"),
                HelpCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("details"),
                rs.getInt("quantity"), rs.getString("unit"), rs.getObject("needed_by", LocalDate.class),
                rs.getString("contact_name"), rs.getString("contact_phone_enc"), rs.getString("contact_phone_masked"),
                RequestState.valueOf(rs.getString("state")), rs.getLong("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getInt("version"), rs.getLong("offers"),
                rs.getLong("pending"));
    }

    // ---- offers ----

    record NewOffer(long requestId, long zoneId, int quantity, String message, String contactName, String phoneEnc,
            String phoneMasked, long by, OffsetDateTime at) {
    }

    long offer(NewOffer o) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into exchange_help_offer (request_id, zone_id, quantity, message, contact_name,
                    contact_phone_enc, contact_phone_masked, state, created_by, created_at)
                values (:request, :zone, :quantity, :message, :contact, :enc, :masked, 'PENDING', :by, :at)
                """).param("request", o.requestId()).param("zone", o.zoneId()).param("quantity", o.quantity())
                .param("message", o.message()).param("contact", o.contactName()).param("enc", o.phoneEnc())
                .param("masked", o.phoneMasked()).param("by", o.by()).param("at", o.at()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Offer> offers(long requestId) {
        return db.sql(OFFERS + " where o.request_id = :r order by o.created_at, o.id").param("r", requestId)
                .query(HelpStore::offerRow).list();
    }

    Optional<Offer> findOffer(long id) {
        return db.sql(OFFERS + " where o.id = :id").param("id", id).query(HelpStore::offerRow).optional();
    }

    boolean decide(long offerId, OfferState to, OffsetDateTime at) {
        return db.sql("update exchange_help_offer set state = :to, decided_at = :at where id = :id and state = 'PENDING'")
                .param("to", to.name()).param("at", at).param("id", offerId).update() == 1;
    }

    boolean zoneHasAccepted(long requestId, long zoneId) {
        return db.sql("select count(*) from exchange_help_offer where request_id = :r and zone_id = :z and state = 'ACCEPTED'")
                .param("r", requestId).param("z", zoneId).query(Long.class).single() > 0;
    }

    /** Pending offers on the zone's requests that still take offers. */
    long pendingOffersFor(long zoneId, LocalDate today) {
        return db.sql("""
                select count(*) from exchange_help_offer o join exchange_help_request r on r.id = o.request_id
                where r.zone_id = :z and o.state = 'PENDING' and r.state in ('OPEN', 'PARTLY_MET') and r.needed_by >= :today
                """).param("z", zoneId).param("today", today).query(Long.class).single();
    }

    /** Open requests of other zones posted since {@code since}. */
    long recentOthers(long zoneId, OffsetDateTime since, LocalDate today) {
        return db.sql("""
                select count(*) from exchange_help_request r where r.zone_id <> :z and r.created_at >= :since
                  and r.state in ('OPEN', 'PARTLY_MET') and r.needed_by >= :today
                """).param("z", zoneId).param("since", since).param("today", today).query(Long.class).single();
    }

    private static final String OFFERS = """
            select o.*, z.short_name as zone_name from exchange_help_offer o join zone z on z.id = o.zone_id
            """;

    private static Offer offerRow(ResultSet rs, int n) throws SQLException {
        return new Offer(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("zone_id"), rs.getString("zone_name"),
                rs.getInt("quantity"), rs.getString("message"), rs.getString("contact_name"),
                rs.getString("contact_phone_enc"), rs.getString("contact_phone_masked"),
                OfferState.valueOf(rs.getString("state")), rs.getLong("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class));
    }
}
