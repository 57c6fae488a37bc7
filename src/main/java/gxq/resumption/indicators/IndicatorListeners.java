package gxq.resumption.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import gxq.resumption.indicators.IndicatorStore.DayDelta;
import gxq.resumption.indicators.IndicatorStore.EnterpriseState;
import gxq.resumption.internal.DailyReportSaved;
import gxq.resumption.internal.FilingState;
import gxq.resumption.internal.FilingStatusChanged;

/**
 * Keeps the indicator tables up to date, synchronously, in the transaction that saved the report or changed the
 * filing: if that rolls back, so do the aggregates. Both listeners first lock the enterprise's state row, so a report
 * and a change of the normal output of the same enterprise are applied one after the other.
 */
@Component
class IndicatorListeners {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final IndicatorStore store;

    IndicatorListeners(IndicatorStore store) {
        this.store = store;
    }

    @EventListener
    void on(DailyReportSaved e) {
        BigDecimal output = store.lockEnterprise(e.zoneId(), e.enterpriseId()).orElse(null);
        DailyReportSaved.Figures c = e.current();
        DailyReportSaved.Figures p = e.previous() != null ? e.previous() : new DailyReportSaved.Figures(0, 0, 0, 0, 0, 0);
        boolean first = e.previous() == null;
        BigDecimal w = output == null ? BigDecimal.ZERO : output;
        store.addToDay(e.zoneId(), e.day(), new DayDelta(first ? 1 : 0, c.totalStaff() - p.totalStaff(),
                c.onDuty() - p.onDuty(), c.remote() - p.remote(), c.quarantine() - p.quarantine(),
                c.notReturned() - p.notReturned(), first && output != null ? 1 : 0, first ? w : BigDecimal.ZERO,
                w.multiply(BigDecimal.valueOf(c.capacityPct() - (long) p.capacityPct()))));
    }

    @EventListener
    void on(FilingStatusChanged e) {
        store.lockEnterprise(e.zoneId(), e.enterpriseId());
        EnterpriseState was = store.state(e.enterpriseId());
        LocalDate resumedFrom = was.resumedFrom();
        if (resumedFrom == null && e.to() == FilingState.APPROVED) {
            resumedFrom = resumedFrom(e);
            store.addResumed(e.zoneId(), resumedFrom);
        }
        BigDecimal stated = output(e.normalMonthlyOutput());
        BigDecimal output = was.normalOutput();
        if (stated != null && (output == null || output.compareTo(stated) != 0)) {
            store.reweigh(e.zoneId(), e.enterpriseId(), output, stated);
            output = stated;
        }
        store.setFiling(e.enterpriseId(), e.filingId(), e.to().name(), e.resumeOn(), resumedFrom, output);
    }

    /** An approved filing counts from its planned date, or from the day of approval (Beijing) if that is later. */
    static LocalDate resumedFrom(FilingStatusChanged e) {
        LocalDate approved = LocalDate.ofInstant(e.at(), BEIJING);
        return e.resumeOn() == null || e.resumeOn().isBefore(approved) ? approved : e.resumeOn();
    }

    /** The weight as stored (2 decimals); none or not positive counts as not stated. */
    static BigDecimal output(BigDecimal stated) {
        if (stated == null || stated.signum() <= 0) {
            return null;
        }
        return stated.setScale(2, RoundingMode.HALF_UP);
    }
}
