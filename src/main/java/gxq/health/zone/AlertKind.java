package gxq.health.zone;

import java.util.Locale;

/** What raised an alert (column {@code health_alert.kind}). */
enum AlertKind {
    TURNED_RED, TURNED_YELLOW, FEVER;

    String labelKey() {
        return "hzone.alert.kind." + name();
    }

    /** null for blank; throws {@link IllegalArgumentException} for an unknown kind. */
    static AlertKind parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
