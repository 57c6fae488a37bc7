package gxq.resumption.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A filing to resume work changed state (also its creation: {@code from} is {@code null}). Published inside the
 * transaction of the change, so the indicators' aggregates move with it.
 *
 * @param resumeOn            the planned date of resumption on the filing (approved: the date it counts as resumed
 *                            from, or the approval's day if that is later)
 * @param normalMonthlyOutput the enterprise's normal monthly output in 万元 stated on the filing (weight of 产能恢复率),
 *                            {@code null} if not stated
 */
public record FilingStatusChanged(long zoneId, long enterpriseId, long filingId, FilingState from, FilingState to,
        LocalDate resumeOn, BigDecimal normalMonthlyOutput, Instant at) {

    public FilingStatusChanged {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
