package gxq.health.zone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import gxq.common.web.UserInputException;

/**
 * The filters of the alert list: state (open / acknowledged / all), kind, enterprise, and the days raised (from..to,
 * inclusive, in the display time zone). Built from the request's text by {@link #parse}, which refuses bad input
 * with a message (400) instead of ignoring it.
 */
public record AlertQuery(State state, AlertKind kind, Long enterpriseId, LocalDate from, LocalDate to) {

    enum State { ALL, OPEN, ACKNOWLEDGED }

    static final int MAX_DAYS = 366;

    static AlertQuery parse(String state, String kind, Long enterpriseId, String from, String to) {
        State s;
        try {
            s = state == null || state.isBlank() ? State.ALL : State.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw UserInputException.onField("state", "hzone.alert.filter.state.invalid", state);
        }
        AlertKind k;
        try {
            k = AlertKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw UserInputException.onField("kind", "hzone.alert.filter.kind.invalid", kind);
        }
        LocalDate f = day("from", from);
        LocalDate t = day("to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw UserInputException.onField("to", "hzone.alert.filter.range.invalid", f, t);
        }
        return new AlertQuery(s, k, enterpriseId, f, t);
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw UserInputException.onField(field, "hzone.alert.filter.date.invalid", text);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw UserInputException.onField(field, "hzone.alert.filter.date.invalid", text);
        }
    }

    /** Start of the first day, as a UTC timestamp for the {@code raised_at} index; null when open-ended. */
    OffsetDateTime fromInstant(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Start of the day after the last one (exclusive bound); null when open-ended. */
    OffsetDateTime toExclusive(ZoneId zone) {
        return to == null ? null
                : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public String stateParam() {
        return state == State.ALL ? "" : state.name().toLowerCase(Locale.ROOT);
    }
}
