package gxq.health.status;

import java.math.BigDecimal;

/**
 * Why a status is recomputed. {@code declaredTemperature} is the temperature of a declaration just submitted (for the
 * FEVER alert), {@code feverAlreadyRaised} says the same day's replaced declaration already raised one;
 * {@code actorId} is the person who caused it (declarant, proxy or staff), {@code null} for the daily job;
 * {@code manual} marks staff changes, which always bump the sequence and write a history line.
 */
public record Trigger(Long actorId, BigDecimal declaredTemperature, boolean feverAlreadyRaised, boolean manual) {

    public static Trigger declaration(long actorId, BigDecimal temperature, boolean feverAlreadyRaised) {
        return new Trigger(actorId, temperature, feverAlreadyRaised, false);
    }

    public static Trigger staff(long actorId) {
        return new Trigger(actorId, null, false, true);
    }

    public static Trigger daily() {
        return new Trigger(null, null, false, false);
    }
}
