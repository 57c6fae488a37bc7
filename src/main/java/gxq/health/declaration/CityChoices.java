package gxq.health.declaration;

import gxq.region.Region;
import gxq.region.Regions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Provinces and their prefecture-level cities for the declaration form, read once from the reference data (which
 * only Flyway writes) and kept in memory: the form and every declaration's validation use it.
 */
@Component
public class CityChoices {

    /** A province with its cities, for one optgroup of the city selects. */
    public record ProvinceCities(Region province, List<Region> cities) {
    }

    private final Regions regions;
    private volatile List<ProvinceCities> groups;
    private volatile Map<String, Region> cities;

    CityChoices(Regions regions) {
        this.regions = regions;
    }

    public List<ProvinceCities> groups() {
        load();
        return groups;
    }

    public boolean isCity(String code) {
        load();
        return code != null && cities.containsKey(code);
    }

    public String name(String code) {
        load();
        Region r = code == null ? null : cities.get(code);
        return r == null ? code : r.name();
    }

    /** The province code of a city (its parent), or null. */
    public String provinceOf(String code) {
        load();
        Region r = code == null ? null : cities.get(code);
        return r == null ? null : r.parentCode();
    }

    private void load() {
        if (groups != null) {
            return;
        }
        synchronized (this) {
            if (groups != null) {
                return;
            }
            List<ProvinceCities> g = new ArrayList<>();
            Map<String, Region> c = new HashMap<>();
            for (Region p : regions.provinces()) {
                List<Region> of = regions.citiesOf(p.code()).stream().filter(r -> r.level() == 2).toList();
                if (!of.isEmpty()) {
                    g.add(new ProvinceCities(p, of));
                    of.forEach(r -> c.put(r.code(), r));
                }
            }
            cities = Map.copyOf(c);
            groups = List.copyOf(g);
        }
    }
}
