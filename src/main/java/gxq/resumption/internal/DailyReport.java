package gxq.resumption.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One enterprise's daily resumption report (复工日报). */
record DailyReport(long id, long zoneId, long enterpriseId, LocalDate reportDate, int totalStaff, int onDuty, int remote,
        int quarantine, int notReturned, int capacityPct, OffsetDateTime updatedAt, int version) {
}
