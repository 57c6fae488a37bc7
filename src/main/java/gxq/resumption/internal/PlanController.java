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
import gxq.common.web.Paging;

/** The zone's resumption plan: current version, older versions, the draft and publishing, who has read it. */
@Controller
@RequestMapping("/resumption")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
class PlanController {

    static final int PAGE = 50;
    private static final String ZONE_READERS = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')";
    private static final String WRITER = "hasRole('ZONE_ADMIN')";

    private final PlanService plans;
    private final MessageSource messages;

    PlanController(PlanService plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/plan")
    @PreAuthorize(ZONE_READERS)
    String current(@AuthenticationPrincipal GxqUser user, Model model) {
        PlanVersion v = plans.current(user.scope()).orElse(null);
        if (v != null) {
            plans.recordRead(user.scope(), v);
        }
        return show(user, v, true, model);
    }

    @GetMapping("/plan/versions/{id}")
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
    String version(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        PlanVersion v = plans.version(user.scope(), id);
        plans.recordRead(user.scope(), v);
        PlanVersion current = user.scope().isMinistry() ? null : plans.current(user.scope()).orElse(null);
        return show(user, v, current != null && current.id() == v.id(), model);
    }

    private String show(GxqUser user, PlanVersion v, boolean isCurrent, Model model) {
        boolean zoneRole = user.scope().isZoneLevel();
        long zone = v != null ? v.zoneId() : PlanService.ownZone(user.scope());
        model.addAttribute("plan", v);
        model.addAttribute("isCurrent", isCurrent);
        model.addAttribute("zoneName", v != null ? v.zoneName() : plans.zoneName(zone));
        model.addAttribute("zoneRole", zoneRole);
        model.addAttribute("ministry", user.scope().isMinistry());
        model.addAttribute("canWrite", user.role() == Role.ZONE_ADMIN);
        if (zoneRole) {
            model.addAttribute("versions", plans.versions(user.scope(), zone));
            model.addAttribute("hasDraft", user.role() == Role.ZONE_ADMIN && plans.draft(user.scope()).isPresent());
            if (v != null) {
                model.addAttribute("counts", plans.readCounts(zone, v.id()));
            }
        } else {
            model.addAttribute("versions", List.of());
        }
        return "resumption/plan";
    }

    @GetMapping("/plan/draft")
    @PreAuthorize(WRITER)
    String draftForm(@AuthenticationPrincipal GxqUser user, Model model) {
        return showDraft(user, plans.form(user.scope()), model);
    }

    @PostMapping("/plan/draft")
    @PreAuthorize(WRITER)
    String saveDraft(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") PlanForm form, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            plans.saveDraft(user.scope(), form);
            redirect.addFlashAttribute("flash", "resumption.plan.draft.saved");
            return "redirect:/resumption/plan/draft";
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return showDraft(user, form, model);
        } catch (EditConflict e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, "resumption.plan.conflict")), messages, locale);
            plans.draft(user.scope()).ifPresentOrElse(d -> {
                form.setVersion(d.version());
                model.addAttribute("conflict", d);
            }, () -> form.setVersion(null));
            return showDraft(user, form, model);
        }
    }

    @PostMapping("/plan/publish")
    @PreAuthorize(WRITER)
    String publish(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        try {
            plans.publish(user.scope(), version);
            redirect.addFlashAttribute("flash", "resumption.plan.published");
            return "redirect:/resumption/plan";
        } catch (EditConflict e) {
            redirect.addFlashAttribute("flashWarning", "resumption.plan.conflict");
            return "redirect:/resumption/plan/draft";
        }
    }

    private String showDraft(GxqUser user, PlanForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("draft", plans.draft(user.scope()).orElse(null));
        model.addAttribute("zoneName", plans.zoneName(user.zoneId()));
        FormErrors.none(model);
        return "resumption/plan-draft";
    }

    @GetMapping("/plan/reads")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF')")
    String reads(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        long zone = PlanService.ownZone(user.scope());
        PlanVersion v = plans.current(user.scope()).orElse(null);
        Boolean read = "read".equals(status) ? Boolean.TRUE : "unread".equals(status) ? Boolean.FALSE : null;
        model.addAttribute("plan", v);
        model.addAttribute("zoneName", plans.zoneName(zone));
        model.addAttribute("status", read == null ? "" : status);
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        if (v != null) {
            model.addAttribute("counts", plans.readCounts(zone, v.id()));
            model.addAttribute("rows", plans.readers(zone, v.id(), read, PAGE + 1, p * PAGE));
        } else {
            model.addAttribute("rows", List.of());
        }
        return "resumption/plan-reads";
    }

    @GetMapping("/plans")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String zonePlans(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "false") boolean published,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        model.addAttribute("rows", plans.zonePlans(user.scope(), published, PAGE + 1, p * PAGE));
        model.addAttribute("published", published);
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        return "resumption/plans";
    }
}
