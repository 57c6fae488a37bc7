package gxq.region.internal;

import java.time.LocalDate;

import gxq.region.RiskLevel;

/** One city_risk entry with the names it is shown with. {@code zoneId} null: a national (ministry) entry. */
public record RiskRow(long id, String cityCode, String cityName, String provinceName, Long zoneId, String zoneName,
        RiskLevel level, LocalDate validFrom, LocalDate validTo, String note, int version) {

    public boolean national() {
        return zoneId == null;
    }

    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
