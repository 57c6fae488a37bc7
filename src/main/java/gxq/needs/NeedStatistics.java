package gxq.needs;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures on cases per zone for a period, for the reports zones send the ministry (issue 6). Days are Asia/Shanghai
 * calendar days, both ends included; the period must lie within 2000-01-01 … 2099-12-31 and {@code from} must not be
 * after {@code to} ({@link IllegalArgumentException} otherwise). The caller decides who may see which zone.
 */
public interface NeedStatistics {

    /** The figures of one zone (all zero when it has no case); coordination cases count for the responsible zone. */
    ZoneNeedFigures ofZone(long zoneId, LocalDate from, LocalDate to);

    /** The figures of every zone that has at least one case, by zone id. */
    List<ZoneNeedFigures> allZones(LocalDate from, LocalDate to);
}
