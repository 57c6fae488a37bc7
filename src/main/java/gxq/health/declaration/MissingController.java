package gxq.health.declaration;

import gxq.common.web.Paging;
import gxq.account.GxqUser;
import gxq.health.status.StatusEngine;
import gxq.health.status.StatusQueries;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who has not declared today: enterprise admins see their staff and remind one or all; zone admins and staff see
 * their zone, optionally one enterprise (reading only).
 */
@Controller
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class MissingController {

    static final int PAGE = 50;

    private final ReminderStore store;
    private final Reminders reminders;
    private final StatusEngine engine;
    private final StatusQueries queries;

    MissingController(ReminderStore store, Reminders reminders, StatusEngine engine, StatusQueries queries) {
        this.store = store;
        this.reminders = reminders;
        this.engine = engine;
        this.queries = queries;
    }

    @GetMapping("/health/missing")
    @PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long enterprise,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        var scope = user.scope();
        var today = engine.today();
        Long filter = scope.isZoneLevel() ? enterprise : null;
        model.addAttribute("rows", store.missing(scope, filter, today, PAGE + 1, p * PAGE));
        model.addAttribute("total", store.countMissing(scope, filter, today));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("today", today);
        model.addAttribute("zoneView", scope.isZoneLevel());
        model.addAttribute("enterprise", filter);
        if (scope.isZoneLevel()) {
            model.addAttribute("enterprises", queries.enterprisesOfZone(scope.zoneId()));
        }
        return "health/missing";
    }

    @PostMapping("/health/missing/{id:\\d+}/remind")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String remind(@AuthenticationPrincipal GxqUser user, @PathVariable long id, RedirectAttributes redirect) {
        boolean sent;
        try {
            sent = reminders.remind(user.scope(), id);
        } catch (DuplicateKeyException e) { // reminded by someone else at the same moment
            sent = false;
        }
        redirect.addFlashAttribute("flash", sent ? "health.missing.reminded" : "health.missing.alreadyReminded");
        return "redirect:/health/missing";
    }

    @PostMapping("/health/missing/remind-all")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String remindAll(@AuthenticationPrincipal GxqUser user, RedirectAttributes redirect) {
        int n;
        try {
            n = reminders.remindAll(user.scope());
        } catch (DuplicateKeyException e) {
            n = reminders.remindAll(user.scope());
        }
        redirect.addFlashAttribute("remindedAll", n);
        return "redirect:/health/missing";
    }
}
