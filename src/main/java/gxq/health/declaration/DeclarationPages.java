package gxq.health.declaration;

import gxq.health.rules.RuleSet;
import gxq.health.status.StatusEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the declaration form needs (cities, symptoms, dates, errors), for the employee's page and the proxy page. */
@Component
class DeclarationPages {

    private final CityChoices cities;
    private final StatusEngine engine;
    private final MessageSource messages;

    DeclarationPages(CityChoices cities, StatusEngine engine, MessageSource messages) {
        this.cities = cities;
        this.engine = engine;
        this.messages = messages;
    }

    void form(Model model, DeclarationForm form, Map<String, String> errors) {
        var today = engine.today();
        if (form.getProvince() == null && form.getCurrentCity() != null) {
            form.setProvince(cities.provinceOf(form.getCurrentCity()));
        }
        model.addAttribute("form", form);
        model.addAttribute("groups", cities.groups());
        model.addAttribute("symptomChoices", RuleSet.NATIONAL_SYMPTOMS);
        model.addAttribute("contacts", List.of("NONE", "CONFIRMED", "SUSPECTED"));
        model.addAttribute("today", today);
        model.addAttribute("earliest", today.minusDays(DeclarationValidator.DAYS_BACK));
        model.addAttribute("errors", errors);
    }

    Map<String, String> errors(InvalidDeclaration e, Locale locale) {
        Map<String, String> out = new HashMap<>();
        e.problems().forEach((field, p) -> out.put(field, messages.getMessage(p.key(), p.args(), p.key(), locale)));
        return out;
    }

    /**
     * Handles the buttons that add or remove a row of visits without JavaScript. Returns true if the request was one
     * of them (the form is shown again, nothing is saved).
     */
    static boolean editRows(DeclarationForm form, String addVisit, Integer removeVisit) {
        if (addVisit != null) {
            form.addVisitRow();
            return true;
        }
        if (removeVisit != null) {
            form.removeVisitRow(removeVisit);
            return true;
        }
        return false;
    }

    static Map<String, String> noErrors() {
        return new HashMap<>();
    }
}
