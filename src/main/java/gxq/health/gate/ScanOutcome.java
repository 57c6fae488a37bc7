package gxq.health.gate;

/**
 * The result of a scan at a gate, as logged in {@code gate_scan.outcome} and answered by the device API. Only
 * {@link #ADMITTED} opens the gate. Decided in this order: the code itself (MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE,
 * EXPIRED, NOT_YET_VALID — signature before anything is read), then the holder's current status (NO_STATUS,
 * OTHER_ZONE, STATUS_CHANGED), then the gate temperature (FEVER_AT_GATE), then the colour (NOT_GREEN).
 */
public enum ScanOutcome {
    /** Green, current, within the checkpoint's scope, no fever: pass. */
    ADMITTED,
    /** Genuine and current, but yellow or red: not admitted; the verdict shows the colour. */
    NOT_GREEN,
    MALFORMED,
    UNKNOWN_KEY,
    BAD_SIGNATURE,
    EXPIRED,
    NOT_YET_VALID,
    /** The holder's colour or status sequence changed since the code was issued (e.g. green then, red now). */
    STATUS_CHANGED,
    /** No current status for the code's subject (never declared, or the employee left). */
    NO_STATUS,
    /** The code belongs to another zone, or (at an enterprise gate) to staff of another enterprise. */
    OTHER_ZONE,
    /** Temperature measured at the gate at or above 37.3 ℃. */
    FEVER_AT_GATE;

    public boolean admitted() {
        return this == ADMITTED;
    }

    public String messageKey() {
        return "gate.outcome." + name();
    }
}
