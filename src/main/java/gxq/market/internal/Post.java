package gxq.market.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A post on the board. The contact phone is only kept encrypted and masked here; nothing shows it before consent. */
public record Post(long id, long zoneId, long enterpriseId, String enterpriseName, String zoneName, Side side,
        Category category, String title, String description, BigDecimal quantity, String unit, String provinceCode,
        String cityCode, LocalDate dateFrom, LocalDate dateUntil, String contactName, String contactPhoneEnc,
        String contactPhoneMasked, String keywords, String status, int version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean expired(LocalDate today) {
        return dateUntil.isBefore(today);
    }

    /** OPEN, EXPIRED or CLOSED. */
    public String state(LocalDate today) {
        return !open() ? "CLOSED" : expired(today) ? "EXPIRED" : "OPEN";
    }

    public MatchScore.Scored scored() {
        return new MatchScore.Scored(category, Keywords.parse(keywords), cityCode, dateFrom, dateUntil);
    }

    public String quantityText() {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
