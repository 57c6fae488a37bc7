package gxq.health.rules;

import gxq.health.Colour;
import gxq.health.HealthStatusChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ColourRules#decide}: the colour, why (most severe reason first), the rule-set version used,
 * and the earliest day the colour may improve if declarations stay normal and nothing new happens ({@code null}:
 * open-ended, e.g. a diagnosis that staff must clear, or green).
 */
public record ColourDecision(Colour colour, List<Reason> reasons, String ruleSetVersion, LocalDate until) {

    public ColourDecision {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        reasons = List.copyOf(reasons);
    }

    /** The reasons in their stored form, e.g. {@code ["HIGH_RISK_ARRIVAL(420100, 2020-02-10)"]}. */
    public List<String> reasonTexts() {
        return reasons.stream().map(Reason::toString).toList();
    }

    public boolean hasReason(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }

    /** Whether this decision changes the colour of {@code previous}. */
    public boolean changes(PreviousStatus previous) {
        return previous.colour() != colour;
    }

    /** The event to publish when {@link #changes(PreviousStatus)}. */
    public HealthStatusChanged changeEvent(long employeeId, long enterpriseId, long zoneId, PreviousStatus previous,
            Instant at) {
        return new HealthStatusChanged(employeeId, enterpriseId, zoneId, previous.colour(), colour, ruleSetVersion,
                reasonTexts(), at);
    }
}
