package gxq.health.declaration;

import gxq.account.GxqUser;
import gxq.common.web.NotFoundException;
import gxq.health.status.HealthSubjects;
import gxq.health.status.StatusEngine;
import gxq.health.status.StatusQueries;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's phone page: their colour (big), why in words, until when, today's reminders, and the daily
 * declaration form (a second submission the same day replaces the first).
 */
@Controller
@PreAuthorize("hasRole('EMPLOYEE')")
class MeHealthController {

    private final DeclarationService declarations;
    private final DeclarationPages pages;
    private final StatusQueries statuses;
    private final ReminderStore reminders;
    private final StatusEngine engine;
    private final HealthSubjects subjects;

    MeHealthController(DeclarationService declarations, DeclarationPages pages, StatusQueries statuses,
            ReminderStore reminders, StatusEngine engine, HealthSubjects subjects) {
        this.subjects = subjects;
        this.declarations = declarations;
        this.pages = pages;
        this.statuses = statuses;
        this.reminders = reminders;
        this.engine = engine;
    }

    @GetMapping("/me/health")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String show(@AuthenticationPrincipal GxqUser user, Model model) {
        long id = self(user);
        var today = declarations.today(id);
        DeclarationForm form = today.orElseGet(DeclarationForm::new);
        return page(user, id, model, form, today.isPresent(), DeclarationPages.noErrors());
    }

    @PostMapping("/me/health")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String declare(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") DeclarationForm form,
            @RequestParam(required = false) String addVisit, @RequestParam(required = false) Integer removeVisit,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        long id = self(user);
        boolean declaredToday = declarations.today(id).isPresent();
        if (DeclarationPages.editRows(form, addVisit, removeVisit)) {
            return page(user, id, model, form, declaredToday, DeclarationPages.noErrors());
        }
        try {
            var done = declarations.declare(subjects.declarableSubject(user.scope(), id), user.id(),
                    false, form);
            redirect.addFlashAttribute("flash", done.replaced() ? "health.declare.replaced" : "health.declare.saved");
            return "redirect:/me/health";
        } catch (InvalidDeclaration e) {
            response.setStatus(422);
            return page(user, id, model, form, declaredToday, pages.errors(e, locale));
        }
    }

    private String page(GxqUser user, long id, Model model, DeclarationForm form, boolean declaredToday,
            java.util.Map<String, String> errors) {
        pages.form(model, form, errors);
        model.addAttribute("status", statuses.status(id).orElse(null));
        model.addAttribute("declaredToday", declaredToday);
        model.addAttribute("reminders", reminders.on(id, engine.today()));
        model.addAttribute("action", "/me/health");
        model.addAttribute("proxyFor", null);
        return "health/declare";
    }

    private static long self(GxqUser user) {
        if (user.employeeId() == null || user.enterpriseId() == null || user.zoneId() == null) {
            throw new NotFoundException("employee", null);
        }
        return user.employeeId();
    }
}
