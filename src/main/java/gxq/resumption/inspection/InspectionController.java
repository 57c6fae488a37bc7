package gxq.resumption.inspection;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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
import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;
import gxq.resumption.inspection.InspectionStore.Filter;
import gxq.resumption.inspection.InspectionStore.Pending;
import gxq.resumption.internal.EditConflict;

/**
 * On-site inspections: the zone's list, follow-up view and new-inspection form; the detail page with the finding
 * transitions; the enterprise admin's own inspections. The ministry has no access (403).
 */
@Controller
@RequestMapping("/resumption/inspections")
@PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
class InspectionController {

    static final int PAGE = 30;
    private static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";
    private static final String ENTERPRISE = "hasRole('ENTERPRISE_ADMIN')";
    private static final String BOTH = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')";

    private final InspectionService inspections;
    private final MessageSource messages;

    InspectionController(InspectionService inspections, MessageSource messages) {
        this.inspections = inspections;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(ZONE)
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String result, @RequestParam(required = false) String overdue,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        String name = InspectionService.clean(q);
        if (name != null && name.length() > 100) {
            name = name.substring(0, 100);
        }
        InspectionResult r = result == null ? null : InspectionResult.parse(result.strip());
        boolean overdueOnly = "1".equals(overdue) || "true".equals(overdue);
        model.addAttribute("rows", inspections.list(user.scope(), new Filter(name, r, overdueOnly), PAGE + 1, p * PAGE));
        model.addAttribute("counts", inspections.counts(user.scope()));
        model.addAttribute("q", name == null ? "" : name);
        model.addAttribute("result", r == null ? "" : r.name());
        model.addAttribute("overdue", overdueOnly);
        model.addAttribute("results", InspectionResult.values());
        pageInfo(model, p);
        return "resumption/inspection/list";
    }

    @GetMapping("/follow-up")
    @PreAuthorize(ZONE)
    String followUp(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String show,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        Pending which = pending(show);
        model.addAttribute("rows", inspections.pending(user.scope(), which, PAGE + 1, p * PAGE));
        model.addAttribute("counts", inspections.counts(user.scope()));
        model.addAttribute("show", which.name().toLowerCase(Locale.ROOT));
        model.addAttribute("today", inspections.today());
        pageInfo(model, p);
        return "resumption/inspection/follow-up";
    }

    @GetMapping("/mine")
    @PreAuthorize(ENTERPRISE)
    String mine(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        model.addAttribute("rows", inspections.list(user.scope(), new Filter(null, null, false), PAGE + 1, p * PAGE));
        model.addAttribute("pending", inspections.pending(user.scope(), Pending.ALL, 200, 0));
        model.addAttribute("counts", inspections.counts(user.scope()));
        model.addAttribute("enterpriseName", inspections.enterpriseName(user.scope()));
        model.addAttribute("today", inspections.today());
        pageInfo(model, p);
        return "resumption/inspection/mine";
    }

    @GetMapping("/new")
    @PreAuthorize(ZONE)
    String newForm(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String enterprise,
            Model model) {
        InspectionForm form = new InspectionForm();
        form.setEnterprise(enterprise);
        form.setInspectedOn(inspections.today().toString());
        return showForm(user, form, model);
    }

    @PostMapping
    @PreAuthorize(ZONE)
    String record(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") InspectionForm form,
            HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        form.readFindings(request);
        if (request.getParameter("moreRows") != null) {
            form.addBlankRows(InspectionForm.BLANK_ROWS);
            return showForm(user, form, model);
        }
        try {
            long id = inspections.record(user, form);
            redirect.addFlashAttribute("flash", "inspection.recorded");
            return "redirect:/resumption/inspections/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return showForm(user, form, model);
        }
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize(BOTH)
    String detail(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return showDetail(user, id, null, model);
    }

    @PostMapping("/findings/{id:\\d+}/rectify")
    @PreAuthorize(ENTERPRISE)
    String rectify(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String text, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Action typed = new Action(id, "rectify", text, null, null);
        return act(user, typed, () -> inspections.rectify(user, id, version, text), "inspection.rectified", model,
                locale, redirect, response);
    }

    @PostMapping("/findings/{id:\\d+}/accept")
    @PreAuthorize(ZONE)
    String accept(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String comment,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Action typed = new Action(id, "accept", null, comment, null);
        return act(user, typed, () -> inspections.accept(user, id, version, comment), "inspection.accepted", model,
                locale, redirect, response);
    }

    @PostMapping("/findings/{id:\\d+}/reopen")
    @PreAuthorize(ZONE)
    String reopen(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String deadline, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        Action typed = new Action(id, "reopen", null, comment, deadline);
        return act(user, typed, () -> inspections.reopen(user, id, version, comment, deadline),
                "inspection.reopened", model, locale, redirect, response);
    }

    /** What was typed into one finding's action form, shown again after a 422 or 409. */
    public record Action(long findingId, String kind, String text, String comment, String deadline) {
    }

    private String act(GxqUser user, Action typed, java.util.function.LongSupplier action, String done, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        long inspection;
        try {
            inspection = action.getAsLong();
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return showDetail(user, inspections.inspectionOf(user.scope(), typed.findingId()), typed, model);
        } catch (EditConflict e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, "inspection.conflict")), messages, locale);
            model.addAttribute("conflict", true);
            return showDetail(user, inspections.inspectionOf(user.scope(), typed.findingId()), typed, model);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/resumption/inspections/" + inspection + "#finding-" + typed.findingId();
    }

    private String showDetail(GxqUser user, long id, Action typed, Model model) {
        model.addAttribute("detail", inspections.detail(user.scope(), id));
        model.addAttribute("zoneView", user.scope().isZoneLevel());
        model.addAttribute("typed", typed);
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", false);
        }
        FormErrors.none(model);
        return "resumption/inspection/detail";
    }

    private String showForm(GxqUser user, InspectionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("choices", inspections.choices(user.scope()));
        model.addAttribute("results", InspectionResult.values());
        model.addAttribute("severities", Severity.values());
        FormErrors.none(model);
        return "resumption/inspection/form";
    }

    private static void pageInfo(Model model, int page) {
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE);
    }

    private static Pending pending(String show) {
        if (show != null) {
            for (Pending p : Pending.values()) {
                if (p.name().equalsIgnoreCase(show.strip())) {
                    return p;
                }
            }
        }
        return Pending.ALL;
    }
}
