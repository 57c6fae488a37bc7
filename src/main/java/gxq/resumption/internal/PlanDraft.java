package gxq.resumption.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The zone's plan being written (at most one per zone); {@code version} is the optimistic-lock counter. */
public record PlanDraft(long zoneId, String title, String measures, String mechanism, LocalDate effectiveDate,
        List<PlanContact> contacts, OffsetDateTime updatedAt, int version) {
}
