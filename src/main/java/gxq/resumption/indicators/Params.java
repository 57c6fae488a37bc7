package gxq.resumption.indicators;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import gxq.common.web.Paging;
import gxq.common.web.UserInputException;

/**
 * Query-string values parsed here rather than by Spring's conversion (whose type mismatch answers English problem
 * details): bad ones answer 400 with a localized message.
 */
final class Params {

    static final int[] WINDOWS = {14, 30};

    private Params() {
    }

    /**
     * The first day that can be viewed. A day outside {@code EARLIEST .. today} has no reports, and LocalDate accepts
     * days (years ±999,999,999) whose trend window overflows LocalDate and which PostgreSQL rejects (year > 5,874,897).
     */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** The day to view: today when blank; not a date, or outside {@link #EARLIEST} .. today, is a 400. */
    static LocalDate day(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UserInputException.onField("day", "rind.day.invalid", text);
        }
        if (day.isBefore(EARLIEST) || day.isAfter(today)) {
            throw UserInputException.onField("day", "rind.day.range", text, EARLIEST.toString(), today.toString());
        }
        return day;
    }

    static int days(String text) {
        if (text == null || text.isBlank()) {
            return WINDOWS[0];
        }
        for (int w : WINDOWS) {
            if (String.valueOf(w).equals(text.strip())) {
                return w;
            }
        }
        throw UserInputException.onField("days", "rind.days.invalid", text);
    }

    /** Page numbers from 0; a negative or non-numeric one is a 400, a huge one is clamped by {@link Paging}. */
    static int page(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,9}")) {
            throw UserInputException.onField("page", "error.badParameter", "page");
        }
        return Paging.page(Integer.parseInt(t));
    }

    static Long id(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,15}") || Long.parseLong(t) == 0) {
            throw UserInputException.onField(name, "error.badParameter", name);
        }
        return Long.parseLong(t);
    }
}
