package gxq.region.internal;

/** Someone else saved the entry since the form was opened. */
class RiskConflict extends RuntimeException {

    private final transient RiskRow current;

    RiskConflict(RiskRow current) {
        super("city_risk " + current.id() + " changed meanwhile");
        this.current = current;
    }

    RiskRow current() {
        return current;
    }
}
