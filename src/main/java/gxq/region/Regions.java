package gxq.region;

import java.util.List;
import java.util.Optional;

/** Reference data of administrative divisions (loaded by Flyway, read-only). */
public interface Regions {

    List<Region> provinces();

    /** Cities of a province, ordered by code. */
    List<Region> citiesOf(String provinceCode);

    Optional<Region> find(String code);
}
