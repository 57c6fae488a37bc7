package gxq.org.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import gxq.common.web.FieldProblem;
import gxq.org.EnterpriseStatus;
import gxq.org.Industry;
import gxq.org.SizeBand;

/** Puts form problems (as messages in the reader's language) and the choice lists into page models. */
@Component
class FormSupport {

    private final MessageSource messages;

    FormSupport(MessageSource messages) {
        this.messages = messages;
    }

    String message(FieldProblem p, Locale locale) {
        return messages.getMessage(p.key(), p.args(), p.key(), locale);
    }

    /** Field name → message (first problem per field); problems without a field under {@code "_form"}. */
    Map<String, String> byField(List<FieldProblem> problems, Locale locale) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            map.putIfAbsent(p.field() == null ? "_form" : p.field(), message(p, locale));
        }
        return map;
    }

    List<String> all(List<FieldProblem> problems, Locale locale) {
        List<String> list = new ArrayList<>();
        problems.forEach(p -> list.add(message(p, locale)));
        return list;
    }

    void errors(Model model, List<FieldProblem> problems, Locale locale) {
        model.addAttribute("errors", byField(problems, locale));
        model.addAttribute("errorList", all(problems, locale));
    }

    void choices(Model model) {
        model.addAttribute("industries", Industry.values());
        model.addAttribute("sizeBands", SizeBand.values());
        model.addAttribute("statuses", EnterpriseStatus.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("errorList", List.of());
        }
    }
}
