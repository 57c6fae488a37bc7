package gxq.policy.centre;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;
import gxq.common.files.Upload;
import gxq.common.files.Uploads;
import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;
import gxq.org.Industry;
import gxq.org.SizeBand;
import gxq.org.ZoneSummary;
import gxq.org.Zones;

/**
 * Drafting and publishing policies and interpretations, for the ministry (national) and zones (their own). Another
 * tenant's policy answers 404; bad input 422 with the form as typed; a policy that is no longer a draft, or a stale
 * version, 409.
 */
@Controller
@RequestMapping("/policies/manage")
class ManageController {

    static final String MANAGERS = "hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')";
    static final String PUBLISHERS = "hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN')";

    private final PolicyService policies;
    private final PolicyText text;
    private final Zones zones;
    private final MessageSource messages;

    ManageController(PolicyService policies, PolicyText text, Zones zones, MessageSource messages) {
        this.policies = policies;
        this.text = text;
        this.zones = zones;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(MANAGERS)
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", policies.tenantPage(user.scope(), Paging.page(page)));
        return "policy/manage-list";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGERS)
    String newPolicy(@AuthenticationPrincipal GxqUser user, Model model) {
        return form(user, policies.blankForm(user.scope()), null, model);
    }

    @PostMapping
    @PreAuthorize(MANAGERS)
    String create(@AuthenticationPrincipal GxqUser user, PolicyParams params,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        PolicyService.PolicyForm form = params.form();
        try {
            long id = policies.create(user, form, uploads(files));
            redirect.addFlashAttribute("flash", "policy.flash.created");
            return "redirect:/policies/manage/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return form(user, form, null, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(MANAGERS)
    String detail(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return show(user, id, Map.of(), model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGERS)
    String edit(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        PolicyService.Detail d = policies.manageDetail(user.scope(), id);
        if (!d.policy().draft()) {
            throw new gxq.common.web.ConflictException("policy.conflict.notDraft");
        }
        return form(user, PolicyService.PolicyForm.of(d.policy(), d.applicability()), id, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(MANAGERS)
    String update(@AuthenticationPrincipal GxqUser user, @PathVariable long id, PolicyParams params,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        PolicyService.PolicyForm form = params.form();
        try {
            policies.update(user, id, form);
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return form(user, form, id, model);
        }
        redirect.addFlashAttribute("flash", "policy.flash.updated");
        return "redirect:/policies/manage/" + id;
    }

    @PostMapping("/{id}/files")
    @PreAuthorize(MANAGERS)
    String addFiles(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            policies.addFiles(user, id, uploads(files));
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return show(user, id, Map.of(), model);
        }
        redirect.addFlashAttribute("flash", "policy.flash.filesAdded");
        return "redirect:/policies/manage/" + id;
    }

    @PostMapping("/files/{fileId}/delete")
    @PreAuthorize(MANAGERS)
    String removeFile(@AuthenticationPrincipal GxqUser user, @PathVariable long fileId,
            @RequestParam(required = false) Long policy, RedirectAttributes redirect) {
        policies.removeFile(user, fileId);
        redirect.addFlashAttribute("flash", "policy.flash.fileRemoved");
        return policy == null ? "redirect:/policies/manage" : "redirect:/policies/manage/" + policy;
    }

    @GetMapping("/files/{fileId}")
    @PreAuthorize(MANAGERS)
    ResponseEntity<byte[]> file(@AuthenticationPrincipal GxqUser user, @PathVariable long fileId) {
        return PublicPolicyController.download(policies.manageFile(user.scope(), fileId), true);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(PUBLISHERS)
    String publish(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        int told = policies.publish(user, id, version);
        redirect.addFlashAttribute("flash", "policy.flash.published");
        redirect.addFlashAttribute("told", told);
        return "redirect:/policies/manage/" + id;
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(PUBLISHERS)
    String withdraw(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String reason, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            policies.withdraw(user, id, reason);
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return show(user, id, Map.of("withdrawReason", reason == null ? "" : reason), model);
        }
        redirect.addFlashAttribute("flash", "policy.flash.withdrawn");
        return "redirect:/policies/manage/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(MANAGERS)
    String deleteDraft(@AuthenticationPrincipal GxqUser user, @PathVariable long id, RedirectAttributes redirect) {
        policies.deleteDraft(user, id);
        redirect.addFlashAttribute("flash", "policy.flash.draftDeleted");
        return "redirect:/policies/manage";
    }

    @PostMapping("/interpretations/{interpretationId}/delete")
    @PreAuthorize(MANAGERS)
    String deleteInterpretation(@AuthenticationPrincipal GxqUser user, @PathVariable long interpretationId,
            RedirectAttributes redirect) {
        long policy = policies.deleteDraftInterpretation(user, interpretationId);
        redirect.addFlashAttribute("flash", "policy.flash.interpretationDeleted");
        return "redirect:/policies/manage/" + policy;
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize(MANAGERS)
    String revise(@AuthenticationPrincipal GxqUser user, @PathVariable long id, RedirectAttributes redirect) {
        long newId = policies.revise(user, id);
        redirect.addFlashAttribute("flash", "policy.flash.revised");
        return "redirect:/policies/manage/" + newId + "/edit";
    }

    @PostMapping("/{id}/interpretations")
    @PreAuthorize(MANAGERS)
    String addInterpretation(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String title, @RequestParam(required = false) String source,
            @RequestParam(required = false) String body, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            policies.addInterpretation(user, id, new PolicyService.InterpretationForm(title, source, body));
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("interpretationTitle", title == null ? "" : title);
            typed.put("interpretationSource", source == null ? "" : source);
            typed.put("interpretationBody", body == null ? "" : body);
            return show(user, id, typed, model);
        }
        redirect.addFlashAttribute("flash", "policy.flash.interpretationAdded");
        return "redirect:/policies/manage/" + id;
    }

    @PostMapping("/interpretations/{interpretationId}/publish")
    @PreAuthorize(PUBLISHERS)
    String publishInterpretation(@AuthenticationPrincipal GxqUser user, @PathVariable long interpretationId,
            RedirectAttributes redirect) {
        long policyId = policies.publishInterpretation(user, interpretationId);
        redirect.addFlashAttribute("flash", "policy.flash.interpretationPublished");
        return "redirect:/policies/manage/" + policyId;
    }

    // ---- rendering ----

    private String show(GxqUser user, long id, Map<String, String> typed, Model model) {
        PolicyService.Detail d = policies.manageDetail(user.scope(), id);
        model.addAttribute("d", d);
        model.addAttribute("p", d.policy());
        model.addAttribute("applies", text.describe(d.applicability()));
        model.addAttribute("typed", typed);
        model.addAttribute("mayPublish", user.scope().isMinistry() || user.role() == gxq.account.Role.ZONE_ADMIN);
        model.addAttribute("maxFileMb", PolicyService.MAX_FILE_BYTES / (1024 * 1024));
        none(model);
        return "policy/manage-detail";
    }

    private String form(GxqUser user, PolicyService.PolicyForm form, Long id, Model model) {
        boolean ministry = user.scope().isMinistry();
        model.addAttribute("form", form);
        model.addAttribute("policyId", id);
        model.addAttribute("ministry", ministry);
        model.addAttribute("categories", PolicyCategory.values());
        model.addAttribute("sizes", SizeBand.values());
        model.addAttribute("industries", Industry.values());
        if (ministry) {
            Map<String, String> provinces = new LinkedHashMap<>();
            List<ZoneSummary> all = zones.all();
            all.forEach(z -> provinces.putIfAbsent(z.provinceCode(), z.provinceName()));
            model.addAttribute("provinces", provinces);
            model.addAttribute("zones", all);
        }
        model.addAttribute("maxFileMb", PolicyService.MAX_FILE_BYTES / (1024 * 1024));
        none(model);
        return "policy/manage-form";
    }

    void errors(Model model, List<FieldProblem> problems, Locale locale) {
        FormErrors.put(model, problems, messages, locale);
    }

    static void none(Model model) {
        FormErrors.none(model);
    }

    /** The files sent; a file over the limit is not read (the service refuses it), empty file inputs are skipped. */
    static List<Upload> uploads(List<MultipartFile> files) {
        return Uploads.read(files, PolicyService.MAX_FILES, PolicyService.MAX_FILE_BYTES);
    }

    /** The form's request parameters (bound by name, all as text so that nothing typed fails the binding). */
    record PolicyParams(String title, String issuer, String docNumber, String category, String effectiveFrom,
            String effectiveTo, String body, List<String> sizes, List<String> industries, List<String> provinces,
            List<String> zones, String techSmeOnly, String highTechOnly, String epidemicHitOnly, String version) {

        PolicyService.PolicyForm form() {
            Long v = PolicyService.parseLong(version);
            return new PolicyService.PolicyForm(title, issuer, docNumber, category, effectiveFrom, effectiveTo, body,
                    sizes, industries, provinces, zones, checked(techSmeOnly), checked(highTechOnly),
                    checked(epidemicHitOnly), v == null || v < 0 || v > Integer.MAX_VALUE ? null : v.intValue());
        }

        private static boolean checked(String value) {
            return "true".equals(value) || "on".equals(value);
        }
    }
}
