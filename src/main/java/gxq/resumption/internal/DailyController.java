package gxq.resumption.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;

/** Daily resumption reports: the enterprise admin's form and history, the zone roles' view of a day. */
@Controller
@RequestMapping("/resumption/daily")
@PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
class DailyController {

    private static final String REPORTER = "hasRole('ENTERPRISE_ADMIN')";
    private static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";

    private final DailyService daily;
    private final MessageSource messages;

    DailyController(DailyService daily, MessageSource messages) {
        this.daily = daily;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(REPORTER)
    String form(@AuthenticationPrincipal GxqUser user, Model model) {
        DailyService.Page page = daily.page(user.scope());
        return show(page, daily.form(page), model);
    }

    @PostMapping
    @PreAuthorize(REPORTER)
    String save(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") DailyForm form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            boolean first = daily.save(user.scope(), form);
            redirect.addFlashAttribute("flash", first ? "resumption.daily.saved" : "resumption.daily.corrected");
            return "redirect:/resumption/daily";
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return show(daily.page(user.scope()), form, model);
        } catch (EditConflict e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, "resumption.daily.conflict")), messages, locale);
            DailyService.Page page = daily.page(user.scope());
            form.setVersion(page.today().map(r -> String.valueOf(r.version())).orElse(null));
            return show(page, form, model);
        }
    }

    @GetMapping("/zone")
    @PreAuthorize(ZONE)
    String zone(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String day, Model model,
            Locale locale, HttpServletResponse response) {
        LocalDate date = daily.today();
        if (day != null && !day.isBlank()) {
            try {
                date = LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                response.setStatus(422);
                FormErrors.put(model, List.of(new FieldProblem("day", "resumption.daily.day.invalid", day)), messages,
                        locale);
            }
        }
        FormErrors.none(model);
        model.addAttribute("zoneDay", daily.zone(user.scope(), date));
        model.addAttribute("typedDay", day == null ? date.toString() : day);
        return "resumption/daily-zone";
    }

    @GetMapping("/zone/enterprises/{id}")
    @PreAuthorize(ZONE)
    String enterprise(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        model.addAttribute("history", daily.enterprise(user.scope(), id));
        return "resumption/daily-enterprise";
    }

    private String show(DailyService.Page page, DailyForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        FormErrors.none(model);
        return "resumption/daily";
    }
}
