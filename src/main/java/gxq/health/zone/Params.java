package gxq.health.zone;

import gxq.common.web.UserInputException;

/**
 * Numbers from query strings, parsed here rather than by Spring's conversion: a type mismatch there is answered by
 * the generic problem-details handler (English JSON, even for pages), whereas these answer 400 with the platform's
 * localized "parameter is not valid" message.
 */
final class Params {

    private Params() {
    }

    static Long optionalId(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(text.strip());
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw UserInputException.onField(name, "error.badParameter", name);
        }
    }

    static int page(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return gxq.common.web.Paging.page(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw UserInputException.onField("page", "error.badParameter", "page");
        }
    }
}
