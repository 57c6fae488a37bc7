package gxq.health.status;

import gxq.common.web.Paging;
import gxq.account.GxqUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Returnees from outside the zone under 14-day observation, with their origin and days left (scoped). */
@Controller
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class ObservationController {

    static final int PAGE = 50;

    private final StatusQueries queries;
    private final StatusEngine engine;

    ObservationController(StatusQueries queries, StatusEngine engine) {
        this.queries = queries;
        this.engine = engine;
    }

    @GetMapping("/health/observation")
    @PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long enterprise,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        var scope = user.scope();
        Long filter = scope.isZoneLevel() ? enterprise : null;
        model.addAttribute("rows", queries.observation(scope, filter, engine.today(), PAGE + 1, p * PAGE));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("today", engine.today());
        model.addAttribute("zoneView", scope.isZoneLevel());
        model.addAttribute("enterprise", filter);
        if (scope.isZoneLevel()) {
            model.addAttribute("enterprises", queries.enterprisesOfZone(scope.zoneId()));
        }
        return "health/observation";
    }
}
