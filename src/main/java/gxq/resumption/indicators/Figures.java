package gxq.resumption.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The three indicators of one day for a set of enterprises (a zone, a group of a zone, a province, the nation):
 * {@code enterprises} in scope, {@code resumed} of them, and the sums of that day's reports.
 */
record Figures(LocalDate day, long enterprises, long resumed, DaySums sums) {

    /** 复工率 in percent, one decimal; null without enterprises in scope. */
    public BigDecimal resumptionRate() {
        return Rates.percent(resumed, enterprises);
    }

    public BigDecimal staffRate() {
        return sums.staffRate();
    }

    public BigDecimal capacityRate() {
        return sums.capacityRate();
    }

    /** In-scope enterprises without a report of the day. */
    public long notReported() {
        return Math.max(0, enterprises - sums.reported());
    }

    Figures plus(Figures o) {
        return new Figures(day, enterprises + o.enterprises, resumed + o.resumed, sums.plus(o.sums));
    }

    public String text(BigDecimal rate) {
        return Rates.text(rate);
    }
}
