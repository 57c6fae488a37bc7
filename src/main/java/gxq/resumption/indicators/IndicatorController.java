package gxq.resumption.indicators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.TenantScope;

/**
 * Indicators of resumption: a zone's dashboard (zone roles; the ministry for any zone, aggregates only), the zone's
 * list of enterprises not yet resumed (zone roles only) and the ministry's national view, each with an .xlsx export.
 */
@Controller
@RequestMapping("/resumption/indicators")
@PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')")
class IndicatorController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ZONE_OR_MINISTRY = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')";
    private static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";
    private static final String MINISTRY = "hasRole('MINISTRY_ADMIN')";

    private final IndicatorService indicators;
    private final IndicatorWorkbooks workbooks;
    private final MessageSource messages;
    private final AuditLog audit;

    IndicatorController(IndicatorService indicators, IndicatorWorkbooks workbooks, MessageSource messages,
            AuditLog audit) {
        this.indicators = indicators;
        this.workbooks = workbooks;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(ZONE_OR_MINISTRY)
    String zone(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String day, @RequestParam(required = false) String days, Model model) {
        TenantScope scope = user.scope();
        Long z = Params.id("zone", zone);
        if (scope.isMinistry() && z == null) {
            return "redirect:/resumption/indicators/national";
        }
        LocalDate d = Params.day(day, indicators.today());
        model.addAttribute("d", indicators.zone(scope, z, d, Params.days(days)));
        model.addAttribute("ministry", scope.isMinistry());
        model.addAttribute("today", indicators.today());
        model.addAttribute("reasons", Reason.values());
        return "resumption/indicators/zone";
    }

    @GetMapping("/indicators.xlsx")
    @PreAuthorize(ZONE_OR_MINISTRY)
    void zoneExport(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String day, @RequestParam(required = false) String days, Locale locale,
            HttpServletResponse response) throws IOException {
        TenantScope scope = user.scope();
        LocalDate d = Params.day(day, indicators.today());
        var dashboard = indicators.zone(scope, Params.id("zone", zone), d, Params.days(days));
        attachment(response, "rind.export.zoneFile", d, locale);
        audit.record(AuditEntry.of("RESUMPTION_INDICATORS_EXPORT", "zone", dashboard.zone().id())
                .tenant(dashboard.zone().id(), null).detail("indicators day=" + d + " days=" + dashboard.days()));
        workbooks.zone(dashboard, locale, response.getOutputStream());
    }

    @GetMapping("/not-resumed")
    @PreAuthorize(ZONE)
    String notResumed(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String day,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String page, Model model) {
        LocalDate d = Params.day(day, indicators.today());
        model.addAttribute("p", indicators.notResumed(user.scope(), d, Reason.parse(reason), Params.page(page)));
        model.addAttribute("reasons", Reason.values());
        return "resumption/indicators/not-resumed";
    }

    @GetMapping("/not-resumed.xlsx")
    @PreAuthorize(ZONE)
    void notResumedExport(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String day,
            @RequestParam(required = false) String reason, Locale locale, HttpServletResponse response)
            throws IOException {
        TenantScope scope = user.scope();
        LocalDate d = Params.day(day, indicators.today());
        Reason r = Reason.parse(reason);
        var zone = indicators.ownZone(scope);
        attachment(response, "rind.export.notResumedFile", d, locale);
        audit.record(AuditEntry.of("RESUMPTION_INDICATORS_EXPORT", "zone", zone.id()).tenant(zone.id(), null)
                .detail("not-resumed day=" + d + (r == null ? "" : " reason=" + r)));
        workbooks.notResumed(d, zone.name(), each -> indicators.eachNotResumed(scope, d, r, each), locale,
                response.getOutputStream());
    }

    @GetMapping("/national")
    @PreAuthorize(MINISTRY)
    String national(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String day,
            @RequestParam(required = false) String days, @RequestParam(required = false) String sort, Model model) {
        LocalDate d = Params.day(day, indicators.today());
        model.addAttribute("n", indicators.national(user.scope(), d, Params.days(days),
                IndicatorService.Sort.parse(sort)));
        model.addAttribute("today", indicators.today());
        return "resumption/indicators/national";
    }

    @GetMapping("/national.xlsx")
    @PreAuthorize(MINISTRY)
    void nationalExport(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String day,
            @RequestParam(required = false) String days, @RequestParam(required = false) String sort, Locale locale,
            HttpServletResponse response) throws IOException {
        LocalDate d = Params.day(day, indicators.today());
        var national = indicators.national(user.scope(), d, Params.days(days), IndicatorService.Sort.parse(sort));
        attachment(response, "rind.export.nationalFile", d, locale);
        audit.record(AuditEntry.of("RESUMPTION_INDICATORS_EXPORT", "national", 0).detail("national day=" + d));
        workbooks.national(national, locale, response.getOutputStream());
    }

    private void attachment(HttpServletResponse response, String nameKey, LocalDate day, Locale locale) {
        String name = messages.getMessage(nameKey, null, "indicators", locale) + "-"
                + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    }
}
