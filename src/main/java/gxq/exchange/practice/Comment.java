package gxq.exchange.practice;

import java.time.OffsetDateTime;

/** A comment on a published item; {@code zoneName} null for the ministry. */
record Comment(long id, long itemId, Long zoneId, String zoneName, long authorId, String authorName, String body,
        OffsetDateTime createdAt) {
}
