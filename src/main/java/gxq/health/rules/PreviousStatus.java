package gxq.health.rules;

import gxq.health.Colour;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The colour a person had before this decision, and the day it began (the start of a red isolation or yellow
 * observation). {@code since} may be {@code null} for a person without history.
 */
public record PreviousStatus(Colour colour, LocalDate since) {

    public PreviousStatus {
        Objects.requireNonNull(colour, "colour");
    }

    /** A person with no recorded status: treated as green. */
    public static PreviousStatus none() {
        return new PreviousStatus(Colour.GREEN, null);
    }
}
