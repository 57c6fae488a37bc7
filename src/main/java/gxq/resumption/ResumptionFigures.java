package gxq.resumption;

import java.time.LocalDate;
import java.util.List;

/**
 * The three resumption indicators of a day as the indicator pages show them (docs/resumption-indicators.md), for zone
 * reports and the national view. The caller decides who may see which zone.
 */
public interface ResumptionFigures {

    ZoneResumptionFigures ofZone(long zoneId, LocalDate day);

    /** One entry per zone (all 176, zeros where nothing is on record), by zone id. */
    List<ZoneResumptionFigures> allZones(LocalDate day);

    /** The nation's totals ({@code zoneId} 0). */
    ZoneResumptionFigures nation(LocalDate day);
}
