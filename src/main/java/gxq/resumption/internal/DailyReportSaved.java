package gxq.resumption.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An enterprise's daily report (复工日报) was saved: a first report ({@code previous} is {@code null}) or a correction.
 * Published inside the saving transaction, so a synchronous listener that keeps aggregates commits or rolls back with
 * the report.
 */
public record DailyReportSaved(long zoneId, long enterpriseId, LocalDate day, Figures previous, Figures current) {

    public DailyReportSaved {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(current, "current");
    }

    /** The figures of one report; {@code capacityPct} is capacity in use, 0–100. */
    public record Figures(int totalStaff, int onDuty, int remote, int quarantine, int notReturned, int capacityPct) {
    }
}
