package gxq.demo.internal;

import java.util.List;
import java.util.Map;

/**
 * County-level codes (GB/T 2260) used as the first six digits of demo ID numbers and in addresses. The reference data
 * holds only provinces and cities, so the districts where the default demo zones lie are listed here; for any other
 * city the city's own code is used (a real, if older, form of the first six digits).
 */
final class Districts {

    private static final Map<String, List<DemoZone.District>> KNOWN = Map.of(
            "110100", List.of(d("110108", "海淀区"), d("110105", "朝阳区"), d("110114", "昌平区"), d("110102", "西城区"),
                    d("110106", "丰台区"), d("110101", "东城区")),
            "420100", List.of(d("420111", "洪山区"), d("420106", "武昌区"), d("420102", "江岸区"), d("420103", "江汉区"),
                    d("420115", "江夏区")),
            "440300", List.of(d("440305", "南山区"), d("440304", "福田区"), d("440306", "宝安区"), d("440303", "罗湖区"),
                    d("440307", "龙岗区")),
            "320500", List.of(d("320506", "吴中区"), d("320505", "虎丘区"), d("320508", "姑苏区"), d("320507", "相城区"),
                    d("320509", "吴江区")),
            "510100", List.of(d("510107", "武侯区"), d("510104", "锦江区"), d("510105", "青羊区"), d("510108", "成华区"),
                    d("510116", "双流区")));

    private Districts() {
    }

    /** Districts of the city with this code; for a city not listed here, the code itself with no district name. */
    static List<DemoZone.District> of(String areaCode) {
        return KNOWN.getOrDefault(areaCode, List.of(d(areaCode, "")));
    }

    private static DemoZone.District d(String code, String name) {
        return new DemoZone.District(code, name);
    }
}
