package gxq.exchange.notice;

/** The notice is not in a state for this (already sent, withdrawn) or was changed meanwhile: 409, nothing changed. */
class NoticeRefused extends RuntimeException {

    private final String key;

    NoticeRefused(String key) {
        super(key, null, false, false);
        this.key = key;
    }

    String key() {
        return key;
    }

    static NoticeRefused stale() {
        return new NoticeRefused("notice.stale");
    }
}
