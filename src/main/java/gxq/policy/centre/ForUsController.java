package gxq.policy.centre;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;

/** 为我适用: the policies that apply to the enterprise, why, which are new; and its policy profile (受疫情影响较大). */
@Controller
@RequestMapping("/policies/for-us")
class ForUsController {

    private final PolicyService policies;
    private final PolicyText text;
    private final MessageSource messages;

    ForUsController(PolicyService policies, PolicyText text, MessageSource messages) {
        this.policies = policies;
        this.text = text;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String forUs(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        PolicyStore.Profile profile = policies.profile(user.scope()).orElse(new PolicyStore.Profile(false, null, 0));
        return show(user, page, profile.epidemicHit(), profile.reason(), model);
    }

    @PostMapping("/profile")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String profile(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Boolean epidemicHit,
            @RequestParam(required = false) String reason, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        boolean hit = Boolean.TRUE.equals(epidemicHit);
        try {
            policies.setProfile(user, hit, reason);
        } catch (InvalidInput e) {
            response.setStatus(422);
            FieldProblem p = e.problems().get(0);
            String m = messages.getMessage(p.key(), p.args(), p.key(), locale);
            model.addAttribute("errors", Map.of(p.field(), List.of(m)));
            model.addAttribute("errorList", List.of(m));
            return show(user, 0, hit, reason, model);
        }
        redirect.addFlashAttribute("flash", "policy.flash.profileSaved");
        return "redirect:/policies/for-us";
    }

    @PostMapping("/seen")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String seen(@AuthenticationPrincipal GxqUser user, RedirectAttributes redirect) {
        policies.markSeen(user, null);
        redirect.addFlashAttribute("flash", "policy.flash.allSeen");
        return "redirect:/policies/for-us";
    }

    private String show(GxqUser user, int page, boolean hit, String reason, Model model) {
        PolicyService.ForUs list = policies.forUs(user.scope(), Paging.page(page));
        model.addAttribute("list", list);
        model.addAttribute("reasons", list.rows().stream().map(r -> text.reasons(r.reasons())).toList());
        model.addAttribute("epidemicHit", hit);
        model.addAttribute("profileReason", reason);
        ManageController.none(model);
        return "policy/for-us";
    }
}
