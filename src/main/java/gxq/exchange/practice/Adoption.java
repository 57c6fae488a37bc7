package gxq.exchange.practice;

import java.time.OffsetDateTime;

/** A zone that marked an item adopted (已借鉴), with its note on how. */
record Adoption(long id, long itemId, long zoneId, String zoneName, String provinceName, String note,
        OffsetDateTime adoptedAt) {
}
