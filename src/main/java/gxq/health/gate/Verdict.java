package gxq.health.gate;

import gxq.health.Colour;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a guard or a device is told after a scan. {@code colour} is the colour to show (the current one when known,
 * else the one in the code, else null for codes that could not be read); {@code maskedName} and
 * {@code enterpriseName} only when the code was genuine and its holder found.
 */
public record Verdict(long scanId, ScanOutcome outcome, Colour colour, String maskedName, String enterpriseName,
        Checkpoint checkpoint, Direction direction, BigDecimal temperature, Instant scannedAt) {

    public boolean admitted() {
        return outcome.admitted();
    }

    /** CSS class of the big panel: the colour when admitted or NOT_GREEN, otherwise a neutral refusal. */
    public String panel() {
        if (outcome == ScanOutcome.ADMITTED || outcome == ScanOutcome.NOT_GREEN) {
            return "verdict-" + colour.name().toLowerCase();
        }
        return "verdict-refused";
    }
}
