package gxq.exchange.help;

/** The request moved on (stale version, wrong state, own request): 409 with a message; nothing was changed. */
class Refused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    Refused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    static Refused stale() {
        return new Refused("exchange.stale");
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
