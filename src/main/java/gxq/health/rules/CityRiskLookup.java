package gxq.health.rules;

import gxq.region.RiskLevel;
import java.time.LocalDate;

/** The risk level of a city (GB/T 2260 code, e.g. {@code "420100"} for Wuhan) on a day. */
@FunctionalInterface
public interface CityRiskLookup {

    RiskLevel riskOn(String cityCode, LocalDate date);

    /** Every city low-risk every day. */
    static CityRiskLookup allLow() {
        return (city, date) -> RiskLevel.LOW;
    }
}
