package gxq.resumption.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;
import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;
import gxq.common.web.InvalidInput;
import gxq.common.web.UserInputException;

/** Daily resumption reports: the enterprise admin's form and history, the zone roles' view of a day. */
@Controller
@RequestMapping("/resumption/daily")
@PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
class DailyController {

    private static final String REPORTER = "hasRole('ENTERPRISE_ADMIN')";
    private static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DailyService daily;
    private final MessageSource messages;

    DailyController(DailyService daily, MessageSource messages) {
        this.daily = daily;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(REPORTER)
    String form(@AuthenticationPrincipal GxqUser user, Model model, Locale locale) {
        DailyService.Page page = daily.page(user.scope());
        if (!daily.mayReport(user.scope())) { // said before the admin types anything; saving answers 409
            FormErrors.put(model, List.of(new FieldProblem(null, "resumption.daily.notActive")), messages, locale);
        }
        return show(user, page, daily.form(page), model);
    }

    @PostMapping
    @PreAuthorize(REPORTER)
    String save(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") DailyForm form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            boolean first = daily.save(user.scope(), form);
            redirect.addFlashAttribute("flash", first ? "resumption.daily.saved" : "resumption.daily.corrected");
            return "redirect:/resumption/daily";
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return show(user, daily.page(user.scope()), form, model);
        } catch (EditConflict e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, "resumption.daily.conflict")), messages, locale);
            DailyService.Page page = daily.page(user.scope());
            form.setVersion(page.today().map(r -> String.valueOf(r.version())).orElse(null));
            return show(user, page, form, model);
        } catch (DailyRefused e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, e.key())), messages, locale);
            return show(user, daily.page(user.scope()), form, model);
        }
    }

    @GetMapping("/zone")
    @PreAuthorize(ZONE)
    String zone(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String day,
            @RequestParam(required = false) String status, Model model, Locale locale, HttpServletResponse response) {
        LocalDate date;
        try {
            date = day(day, "resumption.daily.day.invalid", "resumption.daily.day.range");
        } catch (UserInputException e) {
            // the page stays usable: today's figures with the message next to the typed day
            date = daily.today();
            response.setStatus(422);
            FormErrors.put(model, List.of(new FieldProblem(e.field(), e.messageKey(), e.args())), messages, locale);
        }
        FormErrors.none(model);
        DailyService.ZoneDay zoneDay = daily.zone(user.scope(), date);
        String filter = statusFilter(status);
        model.addAttribute("zoneDay", zoneDay);
        model.addAttribute("rows", zoneDay.rows().stream().filter(r -> switch (filter) {
            case "reported" -> r.report() != null;
            case "notReported" -> r.report() == null;
            default -> true;
        }).toList());
        model.addAttribute("status", filter);
        model.addAttribute("isToday", date.equals(daily.today()));
        var reminders = daily.reminders(user.scope(), date);
        model.addAttribute("reminders", reminders);
        model.addAttribute("remindable", zoneDay.rows().stream()
                .filter(r -> r.report() == null && !reminders.containsKey(r.enterpriseId())).count());
        model.addAttribute("typedDay", day == null ? date.toString() : day);
        return "resumption/daily-zone";
    }

    /** Today's reminder to one enterprise of the zone that has not reported (404 for another zone's). */
    @PostMapping("/zone/remind/{id:\\d+}")
    @PreAuthorize(ZONE)
    String remind(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String status, RedirectAttributes redirect) {
        DailyService.Reminded outcome;
        try {
            outcome = daily.remind(user.scope(), user.displayName(), id);
        } catch (DuplicateKeyException e) { // reminded by someone else at the same moment
            outcome = DailyService.Reminded.ALREADY_REMINDED;
        }
        switch (outcome) {
            case SENT -> redirect.addFlashAttribute("flash", "resumption.daily.remind.sent");
            case ALREADY_REMINDED -> redirect.addFlashAttribute("flashWarning", "resumption.daily.remind.already");
            case ALREADY_REPORTED -> redirect.addFlashAttribute("flashWarning", "resumption.daily.remind.reported");
        }
        return backToZone(status);
    }

    @PostMapping("/zone/remind-all")
    @PreAuthorize(ZONE)
    String remindAll(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String status,
            RedirectAttributes redirect) {
        int n;
        try {
            n = daily.remindAll(user.scope(), user.displayName());
        } catch (DuplicateKeyException e) { // someone reminded one of them at the same moment: once more
            n = daily.remindAll(user.scope(), user.displayName());
        }
        redirect.addFlashAttribute("remindedAll", n);
        return backToZone(status);
    }

    /** The zone's day as .xlsx: the same rows, sums and 复岗率 as the page (all enterprises, whatever the filter). */
    @GetMapping("/zone.xlsx")
    @PreAuthorize(ZONE)
    void zoneWorkbook(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String day,
            Locale locale, HttpServletResponse response) throws IOException {
        LocalDate date = day(day, "resumption.daily.day.invalidExport", "resumption.daily.day.rangeExport");
        DailyService.ZoneDay zoneDay = daily.zone(user.scope(), date);
        byte[] bytes = DailyWorkbook.write(zoneDay, messages, locale);
        String name = messages.getMessage("resumption.daily.export.fileName", null, locale) + "-"
                + date.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The zone's day to show: today when blank; not a date ({@code invalidKey}) or a day outside
     * {@link DailyService#EARLIEST} .. today ({@code rangeKey}, e.g. +999999999-12-31, which PostgreSQL rejects) is a
     * {@link UserInputException} on the field {@code day}.
     */
    private LocalDate day(String typed, String invalidKey, String rangeKey) {
        LocalDate today = daily.today();
        if (typed == null || typed.isBlank()) {
            return today;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw UserInputException.onField("day", invalidKey, typed);
        }
        if (d.isBefore(DailyService.EARLIEST) || d.isAfter(today)) {
            throw UserInputException.onField("day", rangeKey, typed, DailyService.EARLIEST.toString(), today.toString());
        }
        return d;
    }

    private static String statusFilter(String status) {
        return "reported".equals(status) || "notReported".equals(status) ? status : "";
    }

    private static String backToZone(String status) {
        String filter = statusFilter(status);
        return "redirect:/resumption/daily/zone" + (filter.isEmpty() ? "" : "?status=" + filter);
    }

    @GetMapping("/zone/enterprises/{id}")
    @PreAuthorize(ZONE)
    String enterprise(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        model.addAttribute("history", daily.enterprise(user.scope(), id));
        return "resumption/daily-enterprise";
    }

    private String show(GxqUser user, DailyService.Page page, DailyForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("reminder", daily.pendingReminder(user.scope()).orElse(null));
        model.addAttribute("form", form);
        FormErrors.none(model);
        return "resumption/daily";
    }
}
