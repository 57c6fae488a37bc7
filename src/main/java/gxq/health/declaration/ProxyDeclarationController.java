package gxq.health.declaration;

import gxq.account.GxqUser;
import gxq.health.status.HealthSubjects;
import gxq.health.status.StatusQueries;
import gxq.people.EmployeeSummary;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 代报: an enterprise admin declares for an employee of their own enterprise (another enterprise's: 404). */
@Controller
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class ProxyDeclarationController {

    private final DeclarationService declarations;
    private final DeclarationPages pages;
    private final HealthSubjects subjects;
    private final StatusQueries statuses;

    ProxyDeclarationController(DeclarationService declarations, DeclarationPages pages, HealthSubjects subjects,
            StatusQueries statuses) {
        this.declarations = declarations;
        this.pages = pages;
        this.subjects = subjects;
        this.statuses = statuses;
    }

    @GetMapping("/health/declare/{id:\\d+}")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String show(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        EmployeeSummary e = subjects.declarable(user.scope(), id);
        var today = declarations.today(id);
        return page(e, model, today.orElseGet(DeclarationForm::new), today.isPresent(), DeclarationPages.noErrors());
    }

    @PostMapping("/health/declare/{id:\\d+}")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String declare(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @ModelAttribute("form") DeclarationForm form, @RequestParam(required = false) String addVisit,
            @RequestParam(required = false) Integer removeVisit, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        EmployeeSummary e = subjects.declarable(user.scope(), id);
        boolean declaredToday = declarations.today(id).isPresent();
        if (DeclarationPages.editRows(form, addVisit, removeVisit)) {
            return page(e, model, form, declaredToday, DeclarationPages.noErrors());
        }
        try {
            var done = declarations.declare(HealthSubjects.subject(e), user.id(), true, form);
            redirect.addFlashAttribute("flash", done.replaced() ? "health.declare.proxyReplaced" : "health.declare.proxySaved");
            return "redirect:/health/missing";
        } catch (InvalidDeclaration ex) {
            response.setStatus(422);
            return page(e, model, form, declaredToday, pages.errors(ex, locale));
        }
    }

    private String page(EmployeeSummary e, Model model, DeclarationForm form, boolean declaredToday,
            Map<String, String> errors) {
        pages.form(model, form, errors);
        model.addAttribute("status", statuses.status(e.id()).orElse(null));
        model.addAttribute("declaredToday", declaredToday);
        model.addAttribute("reminders", java.util.List.of());
        model.addAttribute("action", "/health/declare/" + e.id());
        model.addAttribute("proxyFor", e);
        return "health/declare";
    }
}
