package gxq.health.zone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import gxq.org.Zones;

/** The health overview: counts by colour and today's declaration rate, with a per-enterprise table and export. */
@Controller
@RequestMapping("/health/overview")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
class OverviewController {

    static final int PAGE = 50;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ZoneOverview overview;
    private final AlertService alerts;
    private final OverviewWorkbook workbook;
    private final Zones zones;
    private final MessageSource messages;
    private final AuditLog audit;

    OverviewController(ZoneOverview overview, AlertService alerts, OverviewWorkbook workbook, Zones zones,
            MessageSource messages, AuditLog audit) {
        this.overview = overview;
        this.alerts = alerts;
        this.workbook = workbook;
        this.zones = zones;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
    String page(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page, Model model) {
        var scope = user.scope();
        FigureSort order = FigureSort.parse(sort);
        Long z = overview.zoneFor(scope, Params.optionalId("zone", zone));
        int p = Params.page(page);
        model.addAttribute("today", overview.today());
        model.addAttribute("ministry", scope.isMinistry());
        model.addAttribute("enterpriseView", scope.isEnterpriseAdmin());
        model.addAttribute("zone", z);
        model.addAttribute("sort", order.param());
        model.addAttribute("page", p);
        model.addAttribute("totals", overview.totals(scope, z));
        if (scope.isMinistry()) {
            model.addAttribute("zones", zones.all());
        }
        if (scope.isMinistry() && z == null) {
            model.addAttribute("zoneRows", overview.byZone(scope));
        } else {
            List<FigureRow> rows = overview.byEnterprise(scope, z, order, PAGE + 1, p * PAGE);
            model.addAttribute("rows", rows.stream().limit(PAGE).toList());
            model.addAttribute("hasNext", rows.size() > PAGE);
        }
        if (z != null) {
            model.addAttribute("zoneName", overview.zoneName(z));
        }
        if (!scope.isMinistry()) {
            model.addAttribute("openAlerts", alerts.countOpen(scope));
        }
        return "health/overview";
    }

    /** The per-enterprise table as .xlsx, every row (streamed), in the page's order. */
    @GetMapping("/enterprises.xlsx")
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
    void export(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String sort, Locale locale, HttpServletResponse response) throws IOException {
        var scope = user.scope();
        FigureSort order = FigureSort.parse(sort);
        Long z = overview.zoneFor(scope, Params.optionalId("zone", zone));
        if (scope.isMinistry() && z == null) {
            throw gxq.common.web.UserInputException.onField("zone", "hzone.overview.export.chooseZone");
        }
        String name = messages.getMessage("hzone.overview.export.fileName", null, "health", locale) + "-"
                + overview.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        // audited before streaming, so that a download broken off half-way is recorded too
        audit.record(AuditEntry.of("HEALTH_OVERVIEW_EXPORT", z != null ? "zone" : "enterprise",
                z != null ? z : scope.enterpriseId()).tenant(z, scope.enterpriseId())
                .detail("sort=" + order + " day=" + overview.today()));
        workbook.write(scope, z, order, locale, response.getOutputStream());
    }
}
