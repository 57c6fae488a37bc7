package gxq.resumption.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sums of daily reports (one day; a zone, a group or the nation): how many reported, their staff figures, and for
 * 产能恢复率 the reports weighed by a normal output ({@code weight} = Σ output, {@code weightedCapacity} = Σ
 * capacity % × output).
 */
record DaySums(long reported, long totalStaff, long onDuty, long remote, long quarantine, long notReturned,
        long weighed, BigDecimal weight, BigDecimal weightedCapacity) {

    static final DaySums NONE = new DaySums(0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    DaySums plus(DaySums o) {
        return new DaySums(reported + o.reported, totalStaff + o.totalStaff, onDuty + o.onDuty, remote + o.remote,
                quarantine + o.quarantine, notReturned + o.notReturned, weighed + o.weighed, weight.add(o.weight),
                weightedCapacity.add(o.weightedCapacity));
    }

    /** 复岗率 in percent, one decimal; null when nobody reported any staff. */
    public BigDecimal staffRate() {
        return Rates.percent(onDuty, totalStaff);
    }

    /** 产能恢复率 in percent, one decimal; null when no report could be weighed. */
    public BigDecimal capacityRate() {
        if (weight.signum() == 0) {
            return null;
        }
        return weightedCapacity.divide(weight, 1, RoundingMode.HALF_UP);
    }

    /** Reports that had no normal output on record and so are not in 产能恢复率. */
    public long notWeighed() {
        return reported - weighed;
    }
}
