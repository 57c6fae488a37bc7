package gxq.resumption.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A published version of a zone's plan; never changes once published. */
public record PlanVersion(long id, long zoneId, String zoneName, int versionNo, String title, String measures,
        String mechanism, LocalDate effectiveDate, OffsetDateTime publishedAt, List<PlanContact> contacts) {

    PlanVersion withContacts(List<PlanContact> c) {
        return new PlanVersion(id, zoneId, zoneName, versionNo, title, measures, mechanism, effectiveDate, publishedAt, c);
    }
}
