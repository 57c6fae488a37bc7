package gxq.org;

/** A national high-tech zone with the names of its province and city (GB/T 2260). */
public record ZoneSummary(long id, String name, String shortName, String provinceCode, String provinceName,
        String cityCode, String cityName, Integer approvedYear) {
}
