package gxq.account.internal;

import gxq.common.web.Paging;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import gxq.account.GxqUser;

/** The audit trail within the admin's tenant: who did what, when, from where. */
@Controller
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ENTERPRISE_ADMIN')")
class AuditController {

    private static final int PAGE = 100;
    private final JdbcAuditLog audit;

    AuditController(JdbcAuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        var query = new JdbcAuditLog.AuditQuery(action, actor, from, to);
        model.addAttribute("entries", audit.search(user.scope(), query, PAGE + 1, p * PAGE));
        model.addAttribute("actions", audit.actions(user.scope()));
        model.addAttribute("query", query);
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        return "account/audit";
    }

    @GetMapping("/api/audit")
    @ResponseBody
    java.util.List<JdbcAuditLog.AuditRow> api(@AuthenticationPrincipal GxqUser user,
            @RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page) {
        return audit.search(user.scope(), new JdbcAuditLog.AuditQuery(action, null, null, null), PAGE, Paging.page(page) * PAGE);
    }
}
