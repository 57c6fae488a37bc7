package gxq.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;
import gxq.common.web.UserInputException;

/** Sign-in page and the signed-in person's own password. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final SecurityContextRepository contexts;

    AccountController(AccountService accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(@AuthenticationPrincipal GxqUser user) {
        return user == null ? "account/login" : "redirect:/";
    }

    @GetMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String passwordForm(@AuthenticationPrincipal GxqUser user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.changeOwnPassword(user.id(), user.getUsername(), current, password, confirm);
        } catch (UserInputException e) {
            model.addAttribute("forced", user.mustChangePassword());
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorField", e.field());
            response.setStatus(422);
            return "account/password";
        }
        // Refresh the principal so that the session no longer demands a change.
        var auth = new UsernamePasswordAuthenticationToken(user.withPasswordChanged(), null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/";
    }
}
