package gxq.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a form re-shown with its errors keeps of the input (the errors: {@code gxq.common.web.FormErrors}). */
public final class Forms {

    private Forms() {
    }

    /** What was typed, as name/value pairs, to show again. */
    public static Map<String, String> typed(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
