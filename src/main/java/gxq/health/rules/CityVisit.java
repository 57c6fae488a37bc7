package gxq.health.rules;

import java.time.LocalDate;
import java.util.Objects;

/** A stay in a city from the first to the last day there (both inclusive), as declared in a trip declaration. */
public record CityVisit(String cityCode, LocalDate from, LocalDate to) {

    public CityVisit {
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A visit ends on or after its first day");
        }
    }
}
