package gxq.report.reports;

import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.org.Zones;
import gxq.report.reports.ReportStore.Form;
import gxq.report.reports.ReportStore.Period;
import gxq.report.reports.ReportStore.Report;

/**
 * Report pages: the list (ministry: forms and periods; zones: open periods and their reports), forms and periods
 * (ministry), a zone's own report (draft, submit), the ministry's period board, review and export. Bad input answers
 * 422 with the form as typed; stale versions and states that moved on 409 (ConflictException); out of scope 404.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class ReportController {

    static final String ALL = "hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')";
    static final String MINISTRY = "hasRole('MINISTRY_ADMIN')";
    static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportService reports;
    private final PeriodBoard boards;
    private final ReportStore store;
    private final PeriodWorkbook workbook;
    private final Zones zones;
    private final MessageSource messages;
    private final AuditLog audit;

    ReportController(ReportService reports, PeriodBoard boards, ReportStore store, PeriodWorkbook workbook,
            Zones zones, MessageSource messages, AuditLog audit) {
        this.reports = reports;
        this.boards = boards;
        this.store = store;
        this.workbook = workbook;
        this.zones = zones;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(ALL)
    String index(@AuthenticationPrincipal GxqUser user, Model model) {
        if (user.scope().isMinistry()) {
            model.addAttribute("forms", reports.forms());
            model.addAttribute("periods", reports.periods(false, 100));
            return "report/ministry";
        }
        long zone = ReportService.ownZone(user);
        List<Report> mine = store.reportsOfZone(zone, 100);
        model.addAttribute("open", store.openForZone(zone));
        model.addAttribute("mine", mine);
        model.addAttribute("periods", store.periods(mine.stream().map(Report::periodId).distinct().toList()));
        model.addAttribute("now", reports.now());
        return "report/zone";
    }

    // ---- forms ----

    @GetMapping("/forms/new")
    @PreAuthorize(MINISTRY)
    String newForm(Model model) {
        model.addAttribute("input", new ReportService.FormInput(null, null, "WEEKLY", "1", null));
        return formPage(null, model);
    }

    @PostMapping("/forms")
    @PreAuthorize(MINISTRY)
    String createForm(@AuthenticationPrincipal GxqUser user, ReportService.FormInput input, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            long id = reports.createForm(user, input);
            redirect.addFlashAttribute("flash", "report.form.created");
            return "redirect:/reports/forms/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            model.addAttribute("input", input);
            return formPage(null, model);
        }
    }

    @GetMapping("/forms/{id}")
    @PreAuthorize(MINISTRY)
    String editForm(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        Form f = reports.form(user, id);
        model.addAttribute("input", new ReportService.FormInput(f.name(), f.description(), f.kind().name(),
                String.valueOf(f.deadlineDays()), String.join("\n", f.questions().stream()
                        .map(ReportStore.Question::text).toList())));
        return formPage(f, model);
    }

    @PostMapping("/forms/{id}")
    @PreAuthorize(MINISTRY)
    String updateForm(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, ReportService.FormInput input,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            reports.updateForm(user, id, version, input);
            redirect.addFlashAttribute("flash", "report.form.saved");
            return "redirect:/reports/forms/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            model.addAttribute("input", input);
            return formPage(reports.form(user, id), model);
        }
    }

    private String formPage(Form form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", PeriodKind.values());
        return "report/form";
    }

    // ---- periods ----

    @GetMapping("/forms/{id}/open")
    @PreAuthorize(MINISTRY)
    String newPeriod(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        Form f = reports.form(user, id);
        model.addAttribute("form", f);
        model.addAttribute("input", reports.proposal(f));
        return "report/period-new";
    }

    @PostMapping("/forms/{id}/open")
    @PreAuthorize(MINISTRY)
    String openPeriod(@AuthenticationPrincipal GxqUser user, @PathVariable long id, ReportService.PeriodInput input,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            long pid = reports.openPeriod(user, id, input);
            redirect.addFlashAttribute("flash", "report.period.opened");
            return "redirect:/reports/periods/" + pid;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            model.addAttribute("form", reports.form(user, id));
            model.addAttribute("input", input);
            return "report/period-new";
        }
    }

    @GetMapping("/periods/{id}")
    @PreAuthorize(ALL)
    String period(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String standing, @RequestParam(required = false) String province,
            Model model) {
        if (!user.scope().isMinistry()) {
            return "redirect:/reports/periods/" + reports.period(id).id() + "/mine";
        }
        model.addAttribute("b", boards.board(user, id, standing, province));
        model.addAttribute("standing", standing);
        model.addAttribute("province", province);
        model.addAttribute("provinces", provinces());
        model.addAttribute("standings", Standing.values());
        model.addAttribute("questions", store.questions(reports.period(id).formId()));
        return "report/period";
    }

    private Map<String, String> provinces() {
        Map<String, String> m = new LinkedHashMap<>();
        zones.all().forEach(z -> m.putIfAbsent(z.provinceCode(), z.provinceName()));
        return m;
    }

    @PostMapping("/periods/{id}/close")
    @PreAuthorize(MINISTRY)
    String close(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        reports.closePeriod(user, id, version);
        redirect.addFlashAttribute("flash", "report.period.closed");
        return "redirect:/reports/periods/" + id;
    }

    @GetMapping("/periods/{id}/export.xlsx")
    @PreAuthorize(MINISTRY)
    void export(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Locale locale,
            HttpServletResponse response) throws IOException {
        var board = boards.board(user, id, null, null);
        Period p = board.period();
        String name = messages.getMessage("report.export.file", null, "report", locale) + "-" + p.start() + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        audit.record(AuditEntry.of("REPORT_EXPORT", "report_period", id).detail(p.formName()));
        workbook.write(board, store.questions(p.formId()), locale, response.getOutputStream());
    }

    // ---- a zone's own report ----

    @GetMapping("/periods/{id}/mine")
    @PreAuthorize(ZONE)
    String mine(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        Report r = reports.ownReport(user, id).orElse(null);
        Map<Long, String> extra = r == null ? Map.of() : r.answers();
        model.addAttribute("answers", r == null ? new ReportService.Answers(null, null, null, extra)
                : new ReportService.Answers(r.problems(), r.needs(), r.practices(), extra));
        return minePage(user, id, r, model);
    }

    @PostMapping("/periods/{id}/mine")
    @PreAuthorize(ZONE)
    String saveMine(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String action,
            @RequestParam Map<String, String> params, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        Map<Long, String> extra = new HashMap<>();
        for (ReportStore.Question q : store.questions(reports.period(id).formId())) {
            extra.put(q.id(), params.get("q" + q.id()));
        }
        var answers = new ReportService.Answers(params.get("problems"), params.get("needs"), params.get("practices"),
                extra);
        try {
            if ("submit".equals(action)) {
                reports.submit(user, id, version, answers);
                redirect.addFlashAttribute("flash", "report.submitted");
            } else {
                reports.save(user, id, version, answers);
                redirect.addFlashAttribute("flash", "report.saved");
            }
            return "redirect:/reports/periods/" + id + "/mine";
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            model.addAttribute("answers", answers);
            model.addAttribute("typedVersion", version);
            return minePage(user, id, reports.ownReport(user, id).orElse(null), model);
        }
    }

    private String minePage(GxqUser user, long id, Report r, Model model) {
        Period p = reports.period(id);
        long zone = ReportService.ownZone(user);
        model.addAttribute("p", p);
        model.addAttribute("zone", zones.find(zone).orElseThrow());
        model.addAttribute("r", r);
        model.addAttribute("editable", !p.closed() && (r == null || r.state().editable()));
        model.addAttribute("maySubmit", user.role() == gxq.account.Role.ZONE_ADMIN);
        model.addAttribute("questions", store.questions(p.formId()));
        model.addAttribute("live", r == null || r.state().editable() ? reports.liveFigures(zone, p) : null);
        model.addAttribute("history", r == null ? List.of() : reports.history(r.id()));
        model.addAttribute("overdue", PeriodRules.overdue(Standing.of(r == null ? null : r.state()), p.deadline(),
                reports.now()));
        return "report/mine";
    }

    // ---- ministry review ----

    @GetMapping("/periods/{id}/zones/{zoneId}")
    @PreAuthorize(MINISTRY)
    String review(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @PathVariable long zoneId,
            Model model) {
        Report r = reports.forMinistry(user, id, zoneId);
        Period p = reports.period(id);
        model.addAttribute("p", p);
        model.addAttribute("zone", zones.find(zoneId).orElseThrow());
        model.addAttribute("r", r);
        model.addAttribute("standing", r == null ? Standing.NOT_SUBMITTED : r.standing());
        model.addAttribute("questions", store.questions(p.formId()));
        model.addAttribute("history", r == null ? List.of() : reports.history(r.id()));
        return "report/review";
    }

    @PostMapping("/{reportId}/return")
    @PreAuthorize(MINISTRY)
    String returnReport(@AuthenticationPrincipal GxqUser user, @PathVariable long reportId,
            @RequestParam(required = false) String version, @RequestParam(required = false) String comment,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        Report r = store.report(reportId).filter(x -> x.state() != ReportState.DRAFT)
                .orElseThrow(() -> new gxq.common.web.NotFoundException("zone_report", reportId));
        try {
            reports.returnReport(user, reportId, version, comment);
            redirect.addFlashAttribute("flash", "report.returned");
            return "redirect:/reports/periods/" + r.periodId() + "/zones/" + r.zoneId();
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            model.addAttribute("comment", comment);
            return review(user, r.periodId(), r.zoneId(), model);
        }
    }

    @PostMapping("/{reportId}/accept")
    @PreAuthorize(MINISTRY)
    String accept(@AuthenticationPrincipal GxqUser user, @PathVariable long reportId,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        ReportService.ministry(user);
        Report r = store.report(reportId).filter(x -> x.state() != ReportState.DRAFT)
                .orElseThrow(() -> new gxq.common.web.NotFoundException("zone_report", reportId));
        reports.accept(user, reportId, version);
        redirect.addFlashAttribute("flash", "report.accepted");
        return "redirect:/reports/periods/" + r.periodId() + "/zones/" + r.zoneId();
    }

    private void errors(Model model, List<FieldProblem> problems, Locale locale) {
        List<String> all = new ArrayList<>();
        Map<String, String> byField = new HashMap<>();
        for (FieldProblem p : problems) {
            String text = messages.getMessage(p.key(), p.args(), p.key(), locale);
            all.add(text);
            if (p.field() != null) {
                byField.merge(p.field(), text, (a, b) -> a + " " + b);
            }
        }
        model.addAttribute("errors", all);
        model.addAttribute("fieldErrors", byField);
    }
}
