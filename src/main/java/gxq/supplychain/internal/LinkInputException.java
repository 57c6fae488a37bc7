package gxq.supplychain.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Problems with a typed link, by form field (message keys); the page re-renders with 422. */
class LinkInputException extends RuntimeException {

    private final transient Map<String, String> problems;

    LinkInputException(Map<String, String> problems) {
        super("invalid link");
        this.problems = new LinkedHashMap<>(problems);
    }

    Map<String, String> problems() {
        return problems;
    }
}
