package gxq.health.rules;

import gxq.health.Colour;

/**
 * Why a colour was decided. Stable codes (stored with each status change and localized when shown); the arguments
 * of each are listed here and in {@code docs/health-code.md}.
 */
public enum ReasonCode {
    /** Staff override: (colour, reason). */
    MANUAL_OVERRIDE(null),
    /** Confirmed case: (). */
    CONFIRMED(Colour.RED),
    /** Suspected case: (). */
    SUSPECTED(Colour.RED),
    /** Asymptomatic infection: (). */
    ASYMPTOMATIC(Colour.RED),
    /** Traced close contact: (). */
    CLOSE_CONTACT(Colour.RED),
    /** Declared contact with a confirmed or suspected case within the watch period: (date). */
    CASE_CONTACT_DECLARED(Colour.RED),
    /** Stay in a high-risk city within the watch period: (city, last day there while high-risk). */
    HIGH_RISK_ARRIVAL(Colour.RED),
    /** Still red: isolation with normal declarations not yet long enough: (days done, days required). */
    RED_ISOLATION(Colour.RED),
    /** Temperature at or above the threshold in the last recovery days: (temperature, date). */
    FEVER(Colour.YELLOW),
    /** Listed symptoms in the last recovery days: (date, symptom, symptom...). */
    SYMPTOMS(Colour.YELLOW),
    /** Stay in a medium-risk city within the watch period: (city, last day there while medium-risk). */
    MEDIUM_RISK_ARRIVAL(Colour.YELLOW),
    /** Days without a declaration before today: (days missed, last declaration date or "-"). */
    MISSED_DECLARATION(Colour.YELLOW),
    /** Still yellow: not yet enough consecutive normal days: (days done, days required). */
    YELLOW_OBSERVATION(Colour.YELLOW),
    /** Back to green: (previous colour, consecutive normal days). */
    RECOVERED(Colour.GREEN);

    private final Colour colour;

    ReasonCode(Colour colour) {
        this.colour = colour;
    }

    /** The colour this reason leads to; {@code null} for an override, whose colour is its own. */
    public Colour colour() {
        return colour;
    }
}
