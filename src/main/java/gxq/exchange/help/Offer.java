package gxq.exchange.help;

import java.time.OffsetDateTime;

/** Another zone's answer to a help request. */
record Offer(long id, long requestId, long zoneId, String zoneName, int quantity, String message, String contactName,
        String contactPhoneEnc, String contactPhoneMasked, OfferState state, long createdBy, OffsetDateTime createdAt,
        OffsetDateTime decidedAt) {
}
