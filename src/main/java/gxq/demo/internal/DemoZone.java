package gxq.demo.internal;

import java.util.List;

/**
 * A zone to fill, with the place names used for enterprise names, addresses and ID numbers.
 *
 * @param cityCode  GB/T 2260 code of the zone's city (may be null in the reference data)
 * @param cityShort the city's name as used in enterprise names, e.g. 北京, 苏州
 * @param districts districts of the city (code and name); ID numbers of employees carry one of these codes
 */
record DemoZone(long id, String name, String shortName, String provinceName, String cityCode, String cityName,
        String cityShort, List<District> districts) {

    record District(String code, String name) {
    }

    /** 湖北省武汉市 or, for a municipality, 北京市. */
    String addressPrefix() {
        return provinceName == null || provinceName.equals(cityName) ? cityName : provinceName + cityName;
    }
}
