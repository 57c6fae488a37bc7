package gxq.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Published when a person's health-code colour changes. Other modules (resumption figures, alerts, reports) listen
 * to it; it carries no personal data beyond the internal ids.
 *
 * @param reasons the decision's reasons as stable codes with arguments, e.g. {@code FEVER(37.8, 2020-02-10)}, to be
 *                localized by the reader
 */
public record HealthStatusChanged(
        long employeeId,
        long enterpriseId,
        long zoneId,
        Colour from,
        Colour to,
        String ruleSetVersion,
        List<String> reasons,
        Instant at) {

    public HealthStatusChanged {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(at, "at");
        reasons = List.copyOf(reasons);
    }
}
