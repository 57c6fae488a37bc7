package gxq.region;

import java.util.Objects;
import java.util.Set;

/**
 * Published after risk levels of cities were added, edited, ended or imported (after the transaction commits is when
 * listeners should act). The health module re-decides the colour of everyone whose recent declarations name one of
 * the cities.
 *
 * @param zoneId the zone whose own entries changed, or {@code null} for national entries (which apply to every zone)
 */
public record CityRisksChanged(Long zoneId, Set<String> cityCodes) {

    public CityRisksChanged {
        cityCodes = Set.copyOf(Objects.requireNonNull(cityCodes, "cityCodes"));
    }
}
