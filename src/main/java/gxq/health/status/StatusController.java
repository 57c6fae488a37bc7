package gxq.health.status;

import gxq.account.GxqUser;
import gxq.common.web.UserInputException;
import gxq.health.Colour;
import gxq.health.rules.Diagnosis;
import gxq.people.EmployeeSummary;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One person's health status: colour, reasons, history and the last 14 declarations (masked identifiers only).
 * Enterprise admins read their own staff; zone admins and staff read their zone and set a colour or diagnosis by hand.
 * The ministry gets 403: no personal health data for the ministry.
 */
@Controller
@RequestMapping("/health/status/{id:\\d+}")
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class StatusController {

    static final int DECLARATION_DAYS = 14;

    private final HealthSubjects subjects;
    private final StatusQueries queries;
    private final ManualStatus manual;
    private final StatusEngine engine;
    private final MessageSource messages;

    StatusController(HealthSubjects subjects, StatusQueries queries, ManualStatus manual, StatusEngine engine,
            MessageSource messages) {
        this.subjects = subjects;
        this.queries = queries;
        this.manual = manual;
        this.engine = engine;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
    String show(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        EmployeeSummary e = subjects.readable(user.scope(), id);
        return page(user, e, model, Map.of(), Map.of());
    }

    @PostMapping("/override")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF')")
    String override(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @RequestParam(required = false) String colour,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String until, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        EmployeeSummary e = subjects.manageable(user.scope(), id);
        Map<String, String> typed = Map.of("colour", nz(colour), "reason", nz(reason), "until", nz(until));
        try {
            manual.setOverride(user.scope(), id, colour, reason, date(until));
        } catch (UserInputException ex) {
            response.setStatus(422);
            return page(user, e, model, typed, Map.of(fieldOr(ex, "override"), message(ex, locale)));
        }
        redirect.addFlashAttribute("flash", "health.status.saved");
        return "redirect:/health/status/" + id;
    }

    @PostMapping("/override/withdraw")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF')")
    String withdraw(@AuthenticationPrincipal GxqUser user, @PathVariable long id, RedirectAttributes redirect) {
        manual.withdrawOverride(user.scope(), id);
        redirect.addFlashAttribute("flash", "health.status.withdrawn");
        return "redirect:/health/status/" + id;
    }

    @PostMapping("/diagnosis")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF')")
    String diagnosis(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String diagnosis, @RequestParam(required = false) String notice, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        EmployeeSummary e = subjects.manageable(user.scope(), id);
        try {
            manual.setDiagnosis(user.scope(), id, diagnosis, notice);
        } catch (UserInputException ex) {
            response.setStatus(422);
            return page(user, e, model, Map.of("diagnosis", nz(diagnosis), "notice", nz(notice)),
                    Map.of("diagnosis".equals(ex.field()) ? "diagnosis" : "notice", message(ex, locale)));
        }
        redirect.addFlashAttribute("flash", "health.status.saved");
        return "redirect:/health/status/" + id;
    }

    private String page(GxqUser user, EmployeeSummary e, Model model, Map<String, String> typed, Map<String, String> errors) {
        LocalDate today = engine.today();
        model.addAttribute("employee", e);
        model.addAttribute("status", queries.status(e.id()).orElse(null));
        model.addAttribute("history", queries.history(e.id(), 50));
        model.addAttribute("declarations", queries.recentDeclarations(e.id(), today, DECLARATION_DAYS));
        model.addAttribute("today", today);
        model.addAttribute("canManage", user.scope().isZoneLevel());
        model.addAttribute("colours", List.of(Colour.values()));
        model.addAttribute("diagnoses", List.of(Diagnosis.values()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "health/status";
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException ex) {
            throw UserInputException.onField("until", "health.status.error.untilDate");
        }
    }

    private String message(UserInputException ex, Locale locale) {
        return messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale);
    }

    private static String fieldOr(UserInputException ex, String fallback) {
        return ex.field() == null ? fallback : ex.field();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
