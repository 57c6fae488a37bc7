package gxq.people.internal;

import gxq.common.web.Paging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.common.web.ConflictException;
import gxq.common.web.UserInputException;
import gxq.people.EmployeeStatus;

/**
 * The roster pages. Enterprise admins manage their own enterprise's employees; zone admins and staff read their zone's
 * rosters (masked). The ministry and every other role get 403: individual employees stay with the enterprise and zone.
 */
@Controller
@RequestMapping("/employees")
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class EmployeeController {

    static final int PAGE = 50;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EmployeeStore store;
    private final EmployeeService service;
    private final RosterQuery query;
    private final RosterWorkbooks workbooks;
    private final Cities cities;
    private final MessageSource messages;
    private final AuditLog audit;

    EmployeeController(EmployeeStore store, EmployeeService service, RosterQuery query, RosterWorkbooks workbooks,
            Cities cities, MessageSource messages, AuditLog audit) {
        this.store = store;
        this.service = service;
        this.query = query;
        this.workbooks = workbooks;
        this.cities = cities;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) String q, @RequestParam(required = false) String department,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Paging.page(page);
        var scope = user.scope();
        var filter = query.filter(scope, enterprise, q, department, status);
        model.addAttribute("employees", store.list(scope, filter, PAGE + 1, p * PAGE));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("q", q);
        model.addAttribute("department", filter.department());
        model.addAttribute("status", filter.status() == null ? "" : filter.status().name());
        model.addAttribute("enterprise", filter.enterpriseId());
        model.addAttribute("departments", store.departments(scope, filter.enterpriseId()));
        model.addAttribute("zoneView", scope.isZoneLevel());
        if (scope.isZoneLevel()) {
            model.addAttribute("enterprises", store.enterprisesOfZone(scope.zoneId()));
        }
        model.addAttribute("cities", cities.directory());
        return "people/list";
    }

    @GetMapping("/export.xlsx")
    void export(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) String q, @RequestParam(required = false) String department,
            @RequestParam(required = false) String status, Locale locale, HttpServletResponse response) throws IOException {
        var scope = user.scope();
        var filter = query.filter(scope, enterprise, q, department, status);
        String name = messages.getMessage("people.export.fileName", null, "roster", locale) + "-"
                + LocalDate.now(CHINA).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        int count = workbooks.export(scope, filter, scope.isZoneLevel(), locale, response.getOutputStream());
        audit.record(AuditEntry.of("ROSTER_EXPORT", scope.isZoneLevel() ? "zone" : "enterprise",
                scope.isZoneLevel() ? scope.zoneId() : scope.enterpriseId())
                .detail("employees=" + count + (filter.enterpriseId() != null ? " enterprise=" + filter.enterpriseId() : "")
                        + (filter.department() != null ? " department=" + filter.department() : "")
                        + (filter.status() != null ? " status=" + filter.status() : "")));
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // ---- add and edit (enterprise admin) ----

    @GetMapping("/new")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String newForm(Model model) {
        return form(model, EmployeeForm.EMPTY, null, Map.of());
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String create(@AuthenticationPrincipal GxqUser user, EmployeeForm form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            long id = service.add(user.scope(), form);
            redirect.addFlashAttribute("flash", "people.added");
            return "redirect:/employees/" + id;
        } catch (InvalidEmployeeException e) {
            response.setStatus(422);
            return form(model, form, null, errors(e.problems(), locale));
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String editForm(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        EmployeeRow row = service.managed(user.scope(), id);
        return form(model, EmployeeForm.of(row), row, Map.of());
    }

    @PostMapping("/{id:\\d+}")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String update(@AuthenticationPrincipal GxqUser user, @PathVariable long id, EmployeeForm form, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        EmployeeRow row = service.managed(user.scope(), id);
        try {
            service.edit(user.scope(), id, form);
            redirect.addFlashAttribute("flash", "people.saved");
            return "redirect:/employees/" + id;
        } catch (InvalidEmployeeException e) {
            response.setStatus(422);
            return form(model, form, row, errors(e.problems(), locale));
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
            return form(model, form, row, Map.of());
        }
    }

    private String form(Model model, EmployeeForm form, EmployeeRow row, Map<String, List<String>> errors) {
        model.addAttribute("form", form);
        model.addAttribute("employee", row);
        model.addAttribute("errors", errors);
        model.addAttribute("citiesByProvince", cities.directory().byProvince());
        return "people/form";
    }

    private Map<String, List<String>> errors(List<RowValidator.Problem> problems, Locale locale) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (RowValidator.Problem p : problems) {
            map.computeIfAbsent(p.column().field(), k -> new ArrayList<>())
                    .add(messages.getMessage(p.key(), p.argsArray(), p.key(), locale));
        }
        return map;
    }

    // ---- one employee ----

    @GetMapping("/{id:\\d+}")
    String detail(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return detailPage(user, service.visible(user.scope(), id), null, model);
    }

    private String detailPage(GxqUser user, EmployeeRow row, EmployeeService.Revealed revealed, Model model) {
        model.addAttribute("employee", row);
        model.addAttribute("revealed", revealed);
        model.addAttribute("manage", user.role() == Role.ENTERPRISE_ADMIN);
        model.addAttribute("cities", cities.directory());
        return "people/detail";
    }

    @PostMapping("/{id:\\d+}/reveal")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String reveal(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        EmployeeService.Revealed revealed = service.reveal(user.scope(), id);
        EmployeeRow row = service.managed(user.scope(), id);
        String page = detailPage(user, row, revealed, model);
        return htmx != null ? "people/detail :: personal" : page;
    }

    @PostMapping("/{id:\\d+}/leave")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String leave(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @RequestParam int version,
            RedirectAttributes redirect) {
        service.setStatus(user.scope(), id, version, EmployeeStatus.LEFT);
        redirect.addFlashAttribute("flash", "people.markedLeft");
        return "redirect:/employees/" + id;
    }

    @PostMapping("/{id:\\d+}/rehire")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String rehire(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @RequestParam int version,
            RedirectAttributes redirect) {
        service.setStatus(user.scope(), id, version, EmployeeStatus.ACTIVE);
        redirect.addFlashAttribute("flash", "people.rehired");
        return "redirect:/employees/" + id;
    }

    @PostMapping("/{id:\\d+}/account")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String openAccount(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String username, Model model, Locale locale, HttpServletResponse response) {
        try {
            // shown once, on this response: the initial password never goes into the (database-backed) session
            model.addAttribute("created", service.openAccount(user.scope(), id, username));
            return detailPage(user, service.managed(user.scope(), id), null, model);
        } catch (UserInputException e) {
            response.setStatus(422);
            model.addAttribute("accountError", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            model.addAttribute("username", username);
            return detailPage(user, service.managed(user.scope(), id), null, model);
        }
    }
}
