package gxq.exchange.internal;

/**
 * An item or request moved on (stale version, wrong state, adopted already, own request): 409 with a message; nothing
 * was changed.
 */
public class Refused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public Refused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public static Refused stale() {
        return new Refused("exchange.stale");
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
