package gxq.resumption.internal;

/**
 * A daily report the enterprise's state does not allow (409 with the message {@code key}); nothing was saved. The
 * indicators count only ACTIVE enterprises, so only they report.
 */
class DailyRefused extends RuntimeException {

    private final String key;

    DailyRefused(String key) {
        super(key, null, false, false);
        this.key = key;
    }

    String key() {
        return key;
    }
}
