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

    static LocalDate day(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UserInputException.onField("day", "rind.day.invalid", text);
        }
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
