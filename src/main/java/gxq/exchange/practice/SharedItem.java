package gxq.exchange.practice;

import java.time.OffsetDateTime;
import java.util.List;

/** A good practice or tool of a zone, with its zone's names and its adoption count. */
record SharedItem(long id, long zoneId, String zoneName, String provinceName, Kind kind, String title, String summary,
        String body, String link, String providerName, String contactName, String contactPhoneEnc,
        String contactPhoneMasked, ItemState state, long createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime publishedAt, OffsetDateTime withdrawnAt, String withdrawReason, int version, List<Topic> topics,
        long adoptions) {

    boolean published() {
        return state == ItemState.PUBLISHED;
    }

    public String maskedContactName() {
        return gxq.common.crypto.Masks.name(contactName);
    }
}
