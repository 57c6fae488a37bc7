package gxq.health.rules;

import gxq.health.Colour;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A colour set by zone staff (e.g. after an appeal or on the authorities' instruction). It wins over every rule
 * while it is in force and is shown as the reason.
 *
 * @param validUntil last day the override applies (inclusive); {@code null} until withdrawn
 */
public record ManualOverride(Colour colour, String reason, long staffUserId, LocalDate validUntil) {

    public ManualOverride {
        Objects.requireNonNull(colour, "colour");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a reason");
        }
    }

    public boolean inForceOn(LocalDate day) {
        return validUntil == null || !day.isAfter(validUntil);
    }
}
