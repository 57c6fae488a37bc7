package gxq.resumption.internal;

import java.time.OffsetDateTime;

/** A checklist item as stored, with its retirement and optimistic-lock version. */
public record ChecklistRow(long id, Long zoneId, String code, String title, String guidance, boolean evidenceRequired,
        int position, OffsetDateTime retiredAt, int version) {

    public boolean national() {
        return zoneId == null;
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
