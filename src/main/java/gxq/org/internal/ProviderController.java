package gxq.org.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;
import gxq.org.ProviderKind;

/** Service providers (服务机构) of a zone: list, registration by the zone admin, and a provider's page. */
@Controller
@RequestMapping("/providers")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class ProviderController {

    static final int PAGE = 30;

    private final ProviderService providers;
    private final ZoneService zones;
    private final FormSupport forms;

    ProviderController(ProviderService providers, ZoneService zones, FormSupport forms) {
        this.providers = providers;
        this.zones = zones;
        this.forms = forms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        model.addAttribute("providers", providers.list(user.scope(), PAGE + 1, p * PAGE));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("ministry", user.scope().isMinistry());
        if (!user.scope().isMinistry()) {
            model.addAttribute("ownZone", zones.visible(user.scope(), user.zoneId()));
        }
        return "org/providers";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String newForm(@AuthenticationPrincipal GxqUser user, Model model) {
        return showNew(user, new ProviderForm(), model);
    }

    private String showNew(GxqUser user, ProviderForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("ownZone", zones.visible(user.scope(), user.zoneId()));
        model.addAttribute("kinds", ProviderKind.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("errorList", List.of());
        }
        return "org/provider-new";
    }

    /**
     * Registers a provider. On success its page is rendered directly (no redirect), so that the initial password of
     * its account is shown exactly once and never kept in the session.
     */
    @PostMapping
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String create(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") ProviderForm form, Model model,
            Locale locale, HttpServletResponse response) {
        try {
            var registration = providers.register(user.scope(), form);
            model.addAttribute("created", registration.account());
            model.addAttribute("flashKey", "org.provider.registered");
            return show(user, registration.providerId(), model);
        } catch (InvalidInput e) {
            response.setStatus(422);
            forms.errors(model, e.problems(), locale);
            return showNew(user, form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        ProviderRow row = providers.visible(user.scope(), id);
        model.addAttribute("p", row);
        if (user.hasRole(Role.ZONE_ADMIN, Role.MINISTRY_ADMIN)) {
            model.addAttribute("accounts", providers.accounts(id));
        }
        return "org/provider";
    }
}
