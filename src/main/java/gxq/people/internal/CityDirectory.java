package gxq.people.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prefecture-level cities (region level 2) and how a roster names them: by 6-digit code, by full name
 * ({@code 杭州市}), by short name ({@code 杭州}) or with the province in front ({@code 浙江省杭州市}).
 */
final class CityDirectory {

    record City(String code, String name, String provinceCode, String provinceName) {
    }

    /** A city lookup: a code, or no match, or a name shared by several cities. */
    record Match(String code, boolean ambiguous) {
        static final Match NONE = new Match(null, false);
        static final Match AMBIGUOUS = new Match(null, true);

        boolean found() {
            return code != null;
        }
    }

    private static final String AMBIGUOUS = "?";
    private static final String[] SUFFIXES = {"市", "地区", "盟", "自治州", "林区"};
    private static final String[] PROVINCE_SUFFIXES = {"省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区"};

    private final List<City> cities;
    private final Map<String, City> byCode = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    CityDirectory(List<City> cities) {
        this.cities = List.copyOf(cities);
        for (City c : cities) {
            byCode.put(c.code(), c);
        }
        java.util.Set<String> provinces = new java.util.HashSet<>();
        for (City c : cities) {
            if (c.provinceName() != null) {
                provinces.add(shortProvince(c.provinceName()));
            }
        }
        for (City c : cities) {
            for (String key : keys(c)) {
                if (provinces.contains(key) && !key.equals(c.name()) && !isMunicipality(c)) {
                    continue; // 海南 is the province, not 海南藏族自治州
                }
                byName.merge(key, c.code(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
    }

    private static boolean isMunicipality(City c) {
        return c.provinceName() != null && c.provinceName().equals(c.name());
    }

    private static List<String> keys(City c) {
        List<String> keys = new ArrayList<>();
        String shortName = shortName(c.name());
        keys.add(c.name());
        keys.add(shortName);
        String province = c.provinceName();
        if (province != null) {
            String shortProvince = shortProvince(province);
            for (String p : List.of(province, shortProvince)) {
                keys.add(p + c.name());
                keys.add(p + shortName);
            }
        }
        return keys;
    }

    private static final String[] ETHNIC = {"朝鲜", "土家", "苗", "藏", "羌", "彝", "布依", "哈尼", "壮", "傣", "白", "景颇",
            "傈僳", "回", "蒙古", "哈萨克", "柯尔克孜", "侗"};

    /** 杭州市 → 杭州, 阿里地区 → 阿里, 锡林郭勒盟 → 锡林郭勒, 黔东南苗族侗族自治州 → 黔东南. */
    static String shortName(String name) {
        if (name.endsWith("自治州")) {
            int cut = name.length();
            for (String e : ETHNIC) {
                int i = name.indexOf(e, 2);
                if (i >= 2 && i < cut) {
                    cut = i;
                }
            }
            return name.substring(0, cut);
        }
        for (String s : SUFFIXES) {
            if (name.endsWith(s) && name.length() > s.length() + 1) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return name;
    }

    private static String shortProvince(String name) {
        for (String s : PROVINCE_SUFFIXES) {
            if (name.endsWith(s) && name.length() > s.length()) {
                String base = name.substring(0, name.length() - s.length());
                return base.startsWith("内蒙古") ? "内蒙古" : base.startsWith("广西") ? "广西" : base.startsWith("宁夏") ? "宁夏"
                        : base.startsWith("新疆") ? "新疆" : base.startsWith("西藏") ? "西藏" : base;
            }
        }
        return name;
    }

    /** Looks up a cell's text (already trimmed); blank is not a city. */
    Match resolve(String text) {
        if (text == null || text.isBlank()) {
            return Match.NONE;
        }
        String t = text.replaceAll("[\\s\\u3000]", "");
        if (t.matches("\\d{6}")) {
            return byCode.containsKey(t) ? new Match(t, false) : Match.NONE;
        }
        String code = byName.get(t);
        if (code == null) {
            return Match.NONE;
        }
        return code.equals(AMBIGUOUS) ? Match.AMBIGUOUS : new Match(code, false);
    }

    City byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** Display name with province, e.g. {@code 浙江省 杭州市}; municipalities once ({@code 北京市}). */
    public String label(String code) {
        City c = byCode(code);
        if (c == null) {
            return code == null ? "" : code;
        }
        return c.provinceName() == null || c.provinceName().equals(c.name()) ? c.name() : c.provinceName() + " " + c.name();
    }

    /** Cities grouped by province, in code order, for a select with optgroups. */
    Map<String, List<City>> byProvince() {
        Map<String, List<City>> groups = new LinkedHashMap<>();
        cities.stream().sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(c -> groups.computeIfAbsent(c.provinceName() == null ? "" : c.provinceName(), k -> new ArrayList<>()).add(c));
        groups.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(groups);
    }

    List<City> all() {
        return cities;
    }
}
