package gxq.resumption.filing;

/** A request the filing's state does not allow (409 with the message); nothing was changed. */
class FilingRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    FilingRefused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
