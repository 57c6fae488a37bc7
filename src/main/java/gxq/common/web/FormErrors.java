package gxq.common.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** Puts form problems into the model as {@code errors} (field to message) and {@code errorList}. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void none(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("errorList", List.of());
        }
    }

    public static void put(Model model, List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (FieldProblem p : problems) {
            String m = messages.getMessage(p.key(), p.args(), p.key(), locale);
            byField.putIfAbsent(p.field() == null ? "_form" : p.field(), m);
            all.add(m);
        }
        model.addAttribute("errors", byField);
        model.addAttribute("errorList", all);
    }
}
