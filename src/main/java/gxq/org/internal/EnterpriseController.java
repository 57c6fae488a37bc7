package gxq.org.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
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
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;
import gxq.common.web.UserInputException;
import gxq.org.EnterpriseStatus;

/** The register of enterprises: list, page, registration by the zone, editing, review of self-registrations. */
@Controller
@RequestMapping("/enterprises")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
class EnterpriseController {

    static final int PAGE = 30;

    private final EnterpriseService enterprises;
    private final EnterpriseStore store;
    private final ZoneService zones;
    private final FormSupport forms;

    EnterpriseController(EnterpriseService enterprises, EnterpriseStore store, ZoneService zones, FormSupport forms) {
        this.enterprises = enterprises;
        this.store = store;
        this.zones = zones;
        this.forms = forms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long zone,
            @RequestParam(required = false) EnterpriseStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        TenantScope scope = user.scope();
        if (scope.isEnterpriseAdmin()) {
            return "redirect:/enterprises/" + user.enterpriseId();
        }
        Long zoneFilter = scope.isMinistry() ? zone : null; // zone roles always see their own zone
        int p = Paging.page(page);
        var query = new EnterpriseStore.Query(zoneFilter, status, q);
        model.addAttribute("enterprises", enterprises.list(scope, query, PAGE + 1, p * PAGE));
        model.addAttribute("counts", enterprises.countByStatus(scope, zoneFilter));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("zone", zoneFilter);
        if (scope.isMinistry()) {
            model.addAttribute("zones", zones.all());
        } else {
            model.addAttribute("ownZone", zones.visible(scope, user.zoneId()));
        }
        model.addAttribute("statuses", EnterpriseStatus.values());
        return "org/enterprises";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String newForm(@AuthenticationPrincipal GxqUser user, Model model) {
        return showNew(user, new EnterpriseForm(), model);
    }

    private String showNew(GxqUser user, EnterpriseForm form, Model model) {
        form.clearPasswords();
        model.addAttribute("form", form);
        model.addAttribute("ownZone", zones.visible(user.scope(), user.zoneId()));
        forms.choices(model);
        return "org/enterprise-new";
    }

    /**
     * Registers an enterprise. On success the new enterprise's page is rendered directly (no redirect), so that an
     * initial admin password is shown exactly once and never kept in the session.
     */
    @PostMapping
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String create(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") EnterpriseForm form, Model model,
            Locale locale, HttpServletResponse response) {
        try {
            var registration = enterprises.registerByZone(user.scope(), form);
            model.addAttribute("created", registration.account());
            model.addAttribute("flashKey", "org.enterprise.registered");
            return show(user, registration.enterpriseId(), model);
        } catch (InvalidInput e) {
            response.setStatus(422);
            forms.errors(model, e.problems(), locale);
            return showNew(user, form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        EnterpriseRow row = enterprises.visible(user.scope(), id);
        model.addAttribute("e", row);
        model.addAttribute("canEdit", !enterprises.editable(user.scope(), row).isEmpty());
        model.addAttribute("canReview", row.status() == EnterpriseStatus.PENDING && user.role() == Role.ZONE_ADMIN);
        if (user.hasRole(Role.ZONE_ADMIN, Role.ENTERPRISE_ADMIN, Role.MINISTRY_ADMIN)) {
            model.addAttribute("accounts", store.accountsOfEnterprise(id));
        }
        return "org/enterprise";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ENTERPRISE_ADMIN')")
    String editForm(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        EnterpriseRow row = enterprises.visible(user.scope(), id);
        return showEdit(user, row, EnterpriseForm.of(row), model);
    }

    private String showEdit(GxqUser user, EnterpriseRow row, EnterpriseForm form, Model model) {
        Set<EditPolicy.Part> editable = enterprises.editable(user.scope(), row);
        if (editable.isEmpty()) {
            throw new AccessDeniedException("read only");
        }
        model.addAttribute("e", row);
        model.addAttribute("form", form);
        model.addAttribute("full", editable.contains(EditPolicy.Part.NAME));
        forms.choices(model);
        return "org/enterprise-edit";
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ENTERPRISE_ADMIN')")
    String edit(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @ModelAttribute("form") EnterpriseForm form,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            enterprises.update(user.scope(), id, form);
            redirect.addFlashAttribute("flash", "org.enterprise.updated");
            return "redirect:/enterprises/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            forms.errors(model, e.problems(), locale);
            return showEdit(user, enterprises.visible(user.scope(), id), form, model);
        } catch (EditConflict e) {
            // Keep what was typed, show what is stored now, and let a second save knowingly overwrite it.
            response.setStatus(409);
            EnterpriseRow now = e.current();
            model.addAttribute("conflict", now);
            forms.errors(model, List.of(new FieldProblem(null, "org.enterprise.conflict")), locale);
            form.setVersion(now.version());
            return showEdit(user, now, form, model);
        }
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String approve(@AuthenticationPrincipal GxqUser user, @PathVariable long id, RedirectAttributes redirect) {
        enterprises.approve(user.scope(), id);
        redirect.addFlashAttribute("flash", "org.review.approved");
        return "redirect:/enterprises/" + id;
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String reject(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String reason, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            enterprises.reject(user.scope(), id, reason);
        } catch (UserInputException e) {
            response.setStatus(422);
            model.addAttribute("reviewError", forms.message(new FieldProblem("reason", e.messageKey(),
                    e.args() == null ? new Object[0] : e.args()), locale));
            model.addAttribute("reason", reason);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("flash", "org.review.rejected");
        return "redirect:/enterprises/" + id;
    }
}
