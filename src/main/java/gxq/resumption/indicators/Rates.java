package gxq.resumption.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages with one decimal (half up), null for a zero denominator ("—" on pages, an empty cell in exports). */
final class Rates {

    private Rates() {
    }

    static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** "55.6%" or "—". */
    static String text(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }
}
