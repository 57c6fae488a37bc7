package gxq.resumption.internal;

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
import gxq.account.Role;
import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;
import gxq.common.web.InvalidInput;

/** The prevention checklist of a zone: national items and the zone's own, which its zone admin maintains. */
@Controller
@RequestMapping("/resumption/checklist")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
class ChecklistController {

    private static final String WRITER = "hasRole('ZONE_ADMIN')";

    private final ChecklistService checklist;
    private final PlanService plans;
    private final MessageSource messages;

    ChecklistController(ChecklistService checklist, PlanService plans, MessageSource messages) {
        this.checklist = checklist;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
    String list(@AuthenticationPrincipal GxqUser user, Model model) {
        model.addAttribute("rows", checklist.visible(user.scope(), null));
        model.addAttribute("canWrite", user.role() == Role.ZONE_ADMIN);
        model.addAttribute("zoneName", user.scope().isMinistry() || user.zoneId() == null ? null
                : plans.zoneName(user.zoneId()));
        return "resumption/checklist";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITER)
    String newForm(Model model) {
        return showForm(null, new ChecklistForm(), model);
    }

    @PostMapping
    @PreAuthorize(WRITER)
    String add(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") ChecklistForm form, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            checklist.add(user.scope(), form);
            redirect.addFlashAttribute("flash", "resumption.checklist.saved");
            return "redirect:/resumption/checklist";
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return showForm(null, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITER)
    String editForm(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        ChecklistRow row = checklist.writable(user.scope(), id);
        return showForm(row, ChecklistForm.of(row), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITER)
    String edit(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @ModelAttribute("form") ChecklistForm form,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            checklist.update(user.scope(), id, form);
            redirect.addFlashAttribute("flash", "resumption.checklist.saved");
            return "redirect:/resumption/checklist";
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return showForm(checklist.writable(user.scope(), id), form, model);
        } catch (EditConflict e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, "resumption.checklist.conflict")), messages, locale);
            ChecklistRow current = checklist.writable(user.scope(), id);
            form.setVersion(current.version());
            return showForm(current, form, model);
        }
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize(WRITER)
    String retire(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            checklist.retire(user.scope(), id, version);
            redirect.addFlashAttribute("flash", "resumption.checklist.retired");
        } catch (EditConflict e) {
            redirect.addFlashAttribute("flashWarning", "resumption.checklist.conflict");
        }
        return "redirect:/resumption/checklist";
    }

    private String showForm(ChecklistRow row, ChecklistForm form, Model model) {
        model.addAttribute("item", row);
        model.addAttribute("form", form);
        FormErrors.none(model);
        return "resumption/checklist-form";
    }
}
