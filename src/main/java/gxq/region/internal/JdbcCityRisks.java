package gxq.region.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import gxq.region.CityRisks;
import gxq.region.RiskLevel;

@Service
class JdbcCityRisks implements CityRisks {

    private final JdbcClient db;

    JdbcCityRisks(JdbcClient db) {
        this.db = db;
    }

    @Override
    public RiskLevel levelOn(long zoneId, String cityCode, LocalDate date) {
        if (cityCode == null || date == null) {
            return RiskLevel.LOW;
        }
        List<Entry> entries = db.sql("""
                select zone_id, level from city_risk
                where city_code = :city and (zone_id = :zone or zone_id is null)
                  and valid_from <= :day and (valid_to is null or valid_to >= :day)
                """).param("city", cityCode).param("zone", zoneId).param("day", date)
                .query((rs, n) -> new Entry(rs.getObject("zone_id") != null, RiskLevel.valueOf(rs.getString("level"))))
                .list();
        return decide(entries);
    }

    /** The zone's own entries take precedence over national ones; within one origin the highest level wins. */
    static RiskLevel decide(List<Entry> entries) {
        boolean zoneHasOwn = entries.stream().anyMatch(Entry::zoneOwn);
        return entries.stream().filter(e -> e.zoneOwn() == zoneHasOwn).map(Entry::level)
                .max(Enum::compareTo).orElse(RiskLevel.LOW);
    }

    record Entry(boolean zoneOwn, RiskLevel level) {
    }
}
