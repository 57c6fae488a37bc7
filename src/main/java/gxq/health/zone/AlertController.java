package gxq.health.zone;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;
import gxq.health.internal.ReasonTexts;
import gxq.org.Enterprises;

/**
 * Alerts: zone admins and staff list and acknowledge their zone's alerts; an enterprise admin reads their
 * enterprise's. The ministry gets 403 (no individual health data), and so does every other role.
 */
@Controller
@RequestMapping("/health/alerts")
@PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
class AlertController {

    static final int PAGE = 50;
    private static final String ACKNOWLEDGERS = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";

    private final AlertService alerts;
    private final ReasonTexts reasons;
    private final Enterprises enterprises;
    private final MessageSource messages;

    AlertController(AlertService alerts, ReasonTexts reasons, Enterprises enterprises, MessageSource messages) {
        this.alerts = alerts;
        this.reasons = reasons;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String state,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String enterprise,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, Model model) {
        var scope = user.scope();
        AlertQuery query = AlertQuery.parse(state, kind, Params.optionalId("enterprise", enterprise), from, to);
        int p = Params.page(page);
        List<AlertRow> rows = alerts.list(scope, query, PAGE + 1, p * PAGE);
        model.addAttribute("alerts", rows.stream().limit(PAGE).map(this::view).toList());
        model.addAttribute("hasNext", rows.size() > PAGE);
        model.addAttribute("page", p);
        model.addAttribute("query", query);
        model.addAttribute("state", query.stateParam());
        model.addAttribute("kinds", AlertKind.values());
        model.addAttribute("openCount", alerts.countOpen(scope));
        model.addAttribute("canAck", scope.isZoneLevel());
        model.addAttribute("zoneView", scope.isZoneLevel());
        if (scope.isZoneLevel()) {
            model.addAttribute("enterprises", enterprises.activeInZone(scope.zoneId()));
        }
        return "health/alerts";
    }

    /** Acknowledge one: htmx gets the row back, a plain form post goes back to the list. */
    @PostMapping("/{id:\\d+}/acknowledge")
    @PreAuthorize(ACKNOWLEDGERS)
    String acknowledge(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        AlertRow row = alerts.acknowledge(user.scope(), id);
        if (htmx != null) {
            // health-alerts.js updates the open-alert badge from this event
            response.setHeader("HX-Trigger", "{\"gxqOpenAlerts\":" + alerts.countOpen(user.scope()) + "}");
            model.addAttribute("a", view(row));
            model.addAttribute("canAck", true);
            return "health/alert-row :: row";
        }
        redirect.addFlashAttribute("flash", "hzone.alert.ack.done");
        return "redirect:/health/alerts";
    }

    /** Acknowledge the selected alerts, then back to the list with the same filters. */
    @PostMapping("/acknowledge")
    @PreAuthorize(ACKNOWLEDGERS)
    String acknowledgeSelected(@AuthenticationPrincipal GxqUser user,
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(required = false) String state, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String enterprise, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, RedirectAttributes redirect) {
        AlertQuery q = AlertQuery.parse(state, kind, Params.optionalId("enterprise", enterprise), from, to);
        List<Long> selected = ids == null ? List.of()
                : ids.stream().map(id -> Params.optionalId("ids", id)).filter(java.util.Objects::nonNull).toList();
        int done = alerts.acknowledgeAll(user.scope(), selected);
        redirect.addFlashAttribute("flash", "hzone.alert.ack.doneMany");
        redirect.addFlashAttribute("ackCount", done);
        putIfPresent(redirect, "state", q.stateParam());
        putIfPresent(redirect, "kind", q.kind() == null ? null : q.kind().name());
        putIfPresent(redirect, "enterprise", q.enterpriseId() == null ? null : q.enterpriseId().toString());
        putIfPresent(redirect, "from", q.from() == null ? null : q.from().toString());
        putIfPresent(redirect, "to", q.to() == null ? null : q.to().toString());
        return "redirect:/health/alerts";
    }

    private static void putIfPresent(RedirectAttributes redirect, String name, String value) {
        if (value != null && !value.isEmpty()) {
            redirect.addAttribute(name, value);
        }
    }

    AlertView view(AlertRow a) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        // a kind this page does not know yet is shown as stored rather than as a missing message
        String kindLabel = messages.getMessage("hzone.alert.kind." + a.kind(), null, a.kind(), locale);
        return new AlertView(a.id(), a.employeeId(), a.maskedName(), a.enterpriseName(), a.kind(),
                kindLabel, a.colour(), describe(a), a.raisedAt(), a.open(),
                a.acknowledgedByName(), a.acknowledgedAt());
    }

    /** FEVER carries the temperature; the colour changes carry the stored reasons. */
    private List<String> describe(AlertRow a) {
        String detail = a.detail();
        if (detail == null || detail.isBlank()) {
            return List.of();
        }
        if ("FEVER".equals(a.kind()) && detail.strip().matches("\\d{2}(\\.\\d)?")) {
            Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            return List.of(messages.getMessage("hzone.alert.fever", new Object[] {detail.strip()}, locale));
        }
        return reasons.describeAll(detail);
    }
}
