package gxq.region;

import java.time.LocalDate;

/**
 * The risk level a zone applies to a city on a day: the zone's own entry when it has one for that day, else the
 * ministry's (national) entry, else {@link RiskLevel#LOW}. When several entries of the same origin cover the day, the
 * highest level wins.
 */
public interface CityRisks {

    RiskLevel levelOn(long zoneId, String cityCode, LocalDate date);
}
