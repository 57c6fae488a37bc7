package gxq.account.internal;

import gxq.common.web.Paging;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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

import gxq.account.Accounts;
import gxq.account.GxqUser;
import gxq.account.NewAccount;
import gxq.account.Role;
import gxq.common.web.UserInputException;

/**
 * Accounts within the admin's tenant: list, open accounts of roles that need no enterprise or employee (those are
 * opened from the enterprise and roster pages), reset passwords, unlock, enable and disable.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ENTERPRISE_ADMIN')")
class UserAdminController {

    private static final int PAGE = 50;
    private final UserStore users;
    private final AccountService service;
    private final Accounts accounts;

    UserAdminController(UserStore users, AccountService service, Accounts accounts) {
        this.users = users;
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        model.addAttribute("users", users.list(user.scope(), q, PAGE + 1, p * PAGE));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("q", q);
        model.addAttribute("creatable", creatableHere(user));
        return "account/users";
    }

    /** Roles this admin may open here: those tied only to its own zone (or the ministry). */
    private static List<Role> creatableHere(GxqUser user) {
        return switch (user.role()) {
            case MINISTRY_ADMIN -> List.of(Role.MINISTRY_ADMIN);
            case ZONE_ADMIN -> List.of(Role.ZONE_ADMIN, Role.ZONE_STAFF, Role.GATE_GUARD);
            case ENTERPRISE_ADMIN -> List.of(Role.ENTERPRISE_ADMIN, Role.GATE_GUARD);
            default -> List.of();
        };
    }

    @PostMapping
    String create(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(required = false) Role role,
            @RequestParam(required = false) String phone, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            if (role == null || !creatableHere(user).contains(role)) {
                throw UserInputException.onField("role", "account.role.notAllowed");
            }
            var created = accounts.open(user.scope(), new NewAccount(username, displayName, role,
                    role == Role.MINISTRY_ADMIN ? null : user.zoneId(),
                    user.role() == Role.ENTERPRISE_ADMIN ? user.enterpriseId() : null, null, phone, null), true);
            // Rendered, not redirected: a one-time password must not be parked in the (database) session as a flash value.
            model.addAttribute("created", created);
            return list(user, null, 0, model);
        } catch (UserInputException e) {
            response.setStatus(422);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("form", new Form(username, displayName, role, phone));
            return list(user, null, 0, model);
        }
    }

    @PostMapping("/{id}/reset-password")
    String reset(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        model.addAttribute("resetPassword", service.resetPassword(user.scope(), id));
        return list(user, null, 0, model);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal GxqUser user, @PathVariable long id, RedirectAttributes redirect) {
        service.unlock(user.scope(), id);
        redirect.addFlashAttribute("flash", "account.unlocked");
        return "redirect:/users";
    }

    @PostMapping("/{id}/enabled")
    String enable(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        service.setEnabled(user.scope(), id, enabled);
        redirect.addFlashAttribute("flash", enabled ? "account.enabled" : "account.disabled");
        return "redirect:/users";
    }

    record Form(String username, String displayName, Role role, String phone) {
    }
}
