package gxq.report.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import gxq.health.ZoneHealthFigures;
import gxq.needs.ZoneNeedFigures;
import gxq.resumption.ZoneResumptionFigures;

/**
 * The figures of a report: resumption of {@code day}, health now (declarations of {@code day}), cases of the period.
 * Live while a draft, frozen into the report at each submission. Also used for the sums of a period.
 */
record ReportFigures(LocalDate day, long enterprises, long resumed, long reported, long totalStaff, long onDuty,
        BigDecimal resumptionRate, BigDecimal staffRate, BigDecimal capacityRate, long employees, long green,
        long yellow, long red, long noStatus, long declared, long observation, long openAlerts, long casesRaised,
        long casesSolved, long casesOpen, long casesOverdue, long casesEscalated, long casesRated,
        BigDecimal satisfaction) {

    static ReportFigures of(LocalDate day, ZoneResumptionFigures r, ZoneHealthFigures h, ZoneNeedFigures n) {
        return new ReportFigures(day, r.enterprises(), r.resumed(), r.reported(), r.totalStaff(), r.onDuty(),
                r.resumptionRate(), r.staffRate(), r.capacityRate(), h.employees(), h.green(), h.yellow(), h.red(),
                h.noStatus(), h.declared(), h.underObservation(), h.openAlerts(), n.raised(), n.solved(), n.open(),
                n.overdue(), n.escalated(), n.rated(), n.averageSatisfaction() == null ? null
                        : BigDecimal.valueOf(n.averageSatisfaction()).setScale(2, RoundingMode.HALF_UP));
    }

    /** Percent with one decimal, null for a zero denominator (as the indicator pages compute it). */
    static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** "55.6%" or "—" (for pages). */
    public String pct(BigDecimal rate) {
        return text(rate);
    }

    /** Declaration rate of the day in percent. */
    public BigDecimal declaredRate() {
        return percent(declared, employees);
    }

    static String text(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }
}
