package gxq.health.gate;

import gxq.account.GxqUser;
import gxq.health.code.HealthCodeIssuer;
import gxq.health.code.IssuedHealthCode;
import gxq.health.code.SubjectPseudonyms;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The employee's own health code (phone first): a fresh short-lived signed code for the current status, drawn as a
 * QR code framed in its colour, with a countdown; the page fetches a new code 30 s before expiry, so a screenshot
 * soon fails at the gate. Without a status yet, the page asks for a declaration first.
 */
@Controller
@PreAuthorize("hasRole('EMPLOYEE')")
class CodePageController {

    private final HolderStatus statuses;
    private final HealthCodeIssuer issuer;
    private final SubjectPseudonyms pseudonyms;
    private final Clock clock;

    CodePageController(HolderStatus statuses, HealthCodeIssuer issuer, SubjectPseudonyms pseudonyms, Clock clock) {
        this.statuses = statuses;
        this.issuer = issuer;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    @GetMapping("/me/health/code")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String code(@AuthenticationPrincipal GxqUser user, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Optional<HolderStatus.Current> status = user.employeeId() == null ? Optional.empty()
                : statuses.byEmployee(user.employeeId(), LocalDate.now(clock));
        if (status.isEmpty()) {
            return "health/code-none";
        }
        HolderStatus.Current s = status.get();
        IssuedHealthCode code = issuer.issue(pseudonyms.of(user.employeeId()), s.colour(), s.zoneId(), s.sequence());
        model.addAttribute("token", code.token());
        model.addAttribute("svg", QrCodes.svg(code.token()));
        model.addAttribute("colour", s.colour().name());
        model.addAttribute("expiresAt", code.claims().expiresAt());
        model.addAttribute("lifetime", issuer.lifetime().toSeconds());
        model.addAttribute("name", gxq.common.crypto.Masks.name(s.name()));
        return "health/code";
    }
}
