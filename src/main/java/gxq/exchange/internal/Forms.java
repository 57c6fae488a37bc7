package gxq.exchange.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;

/** The model attributes of a form re-shown with its errors ({@code errors} by field, {@code errorList}). */
public final class Forms {

    private Forms() {
    }

    /** The problems' messages: the first of each field ({@code _form} for the whole form) and all of them in order. */
    public static void errors(Model model, MessageSource messages, List<FieldProblem> problems, Locale locale) {
        FormErrors.put(model, problems, messages, locale);
    }

    /** Empty errors unless some were put already. */
    public static void none(Model model) {
        FormErrors.none(model);
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
