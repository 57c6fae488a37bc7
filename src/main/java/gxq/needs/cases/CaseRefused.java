package gxq.needs.cases;

/**
 * A request the case's state or version no longer allows (409 with the message): someone else acted first, or the
 * case moved on. Nothing was changed.
 */
class CaseRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    CaseRefused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    static CaseRefused stale() {
        return new CaseRefused("needs.conflict");
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
