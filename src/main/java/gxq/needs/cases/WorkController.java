package gxq.needs.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gxq.account.GxqUser;
import gxq.common.web.FieldProblem;
import gxq.common.web.Paging;
import gxq.common.web.UserInputException;
import gxq.common.xlsx.SheetStyles;
import gxq.needs.NeedCategory;

/** The zone's queue, the ministry's escalated cases and the statistics (page and .xlsx). */
@Controller
@RequestMapping("/needs")
@PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')")
class WorkController {

    private static final String STATS = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')";

    private final CaseService cases;
    private final CaseStatistics statistics;
    private final MessageSource messages;

    WorkController(CaseService cases, CaseStatistics statistics, MessageSource messages) {
        this.cases = cases;
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/queue")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF')")
    String queue(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String state,
            @RequestParam(required = false) String category, @RequestParam(required = false) String urgency,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) String mine,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseService.Filters f = new CaseService.Filters(filter(CaseState.class, state, "state", problems),
                filter(NeedCategory.class, category, "category", problems),
                filter(Urgency.class, urgency, "urgency", problems), "1".equals(overdue), "1".equals(mine), null);
        errors(problems, model, locale, response);
        model.addAttribute("list", cases.queue(user, f, Paging.page(page)));
        filters(model, state, category, urgency, overdue, mine, null);
        return "needs/queue";
    }

    @GetMapping("/escalated")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String escalated(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String state,
            @RequestParam(required = false) String category, @RequestParam(required = false) String urgency,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) Long zone,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        String s = state == null ? "ESCALATED" : state; // by default the cases still waiting for the ministry
        CaseService.Filters f = new CaseService.Filters(filter(CaseState.class, s, "state", problems),
                filter(NeedCategory.class, category, "category", problems),
                filter(Urgency.class, urgency, "urgency", problems), "1".equals(overdue), false, zone);
        errors(problems, model, locale, response);
        model.addAttribute("list", cases.escalated(user.scope(), f, Paging.page(page)));
        filters(model, s, category, urgency, overdue, null, zone == null ? null : String.valueOf(zone));
        return "needs/escalated";
    }

    @GetMapping("/stats")
    @PreAuthorize(STATS)
    String stats(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate[] period = period(from, to, problems);
        errors(problems, model, locale, response);
        model.addAttribute("view", statistics.view(zoneOf(user), period[0], period[1]));
        model.addAttribute("categories", NeedCategory.values());
        model.addAttribute("states", CaseState.values());
        model.addAttribute("ministry", user.scope().isMinistry());
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("from", problems.isEmpty() ? period[0].toString() : from);
        typed.put("to", problems.isEmpty() ? period[1].toString() : to);
        model.addAttribute("filters", typed);
        return "needs/stats";
    }

    @GetMapping("/stats.xlsx")
    @PreAuthorize(STATS)
    ResponseEntity<byte[]> export(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate[] period = period(from, to, problems);
        if (!problems.isEmpty()) {
            FieldProblem p = problems.get(0);
            throw UserInputException.onField(p.field(), p.key(), p.args());
        }
        CaseStatistics.View v = statistics.view(zoneOf(user), period[0], period[1]);
        byte[] bytes = workbook(v, locale);
        String name = "needs-" + period[0] + "-" + period[1] + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private byte[] workbook(CaseStatistics.View v, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SheetStyles.header(wb);
            Sheet s = wb.createSheet(msg("needs.stats.sheet.categories", locale));
            Row h = s.createRow(0);
            cell(h, 0, msg("needs.category", locale), header);
            CaseState[] states = CaseState.values();
            for (int i = 0; i < states.length; i++) {
                cell(h, i + 1, msg("needs.state." + states[i].name(), locale), header);
            }
            cell(h, states.length + 1, msg("needs.stats.total", locale), header);
            int r = 1;
            for (NeedCategory c : NeedCategory.values()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(msg("needs.category." + c.name(), locale));
                long total = 0;
                for (int i = 0; i < states.length; i++) {
                    long n = v.byCategory().get(c).get(states[i]);
                    row.createCell(i + 1).setCellValue(n);
                    total += n;
                }
                row.createCell(states.length + 1).setCellValue(total);
            }
            Row totals = s.createRow(r);
            totals.createCell(0).setCellValue(msg("needs.stats.total", locale));
            for (int i = 0; i < states.length; i++) {
                totals.createCell(i + 1).setCellValue(v.byState().get(states[i]));
            }
            totals.createCell(states.length + 1).setCellValue(v.raised());

            Sheet sum = wb.createSheet(msg("needs.stats.sheet.summary", locale));
            String[][] lines = {
                    {msg("needs.stats.period", locale), v.from() + " – " + v.to()},
                    {msg("needs.stats.raised", locale), String.valueOf(v.raised())},
                    {msg("needs.stats.solved", locale), String.valueOf(v.solved())},
                    {msg("needs.stats.averageHours", locale), v.averageHours() == null ? "" : String.valueOf(v.averageHours())},
                    {msg("needs.stats.medianHours", locale), v.medianHours() == null ? "" : String.valueOf(v.medianHours())},
                    {msg("needs.stats.rated", locale), String.valueOf(v.rated())},
                    {msg("needs.stats.averageRating", locale), v.averageRating() == null ? "" : String.valueOf(v.averageRating())}};
            Row sh = sum.createRow(0);
            cell(sh, 0, msg("needs.stats.figure", locale), header);
            cell(sh, 1, msg("needs.stats.value", locale), header);
            for (int i = 0; i < lines.length; i++) {
                Row row = sum.createRow(i + 1);
                row.createCell(0).setCellValue(lines[i][0]);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            for (int i = 0; i < 5; i++) {
                Row row = sum.createRow(lines.length + 1 + i);
                row.createCell(0).setCellValue(msg("needs.stats.stars", locale, i + 1));
                row.createCell(1).setCellValue(v.ratings()[i]);
            }
            sum.setColumnWidth(0, 30 * 256);
            if (!v.zones().isEmpty()) {
                Sheet z = wb.createSheet(msg("needs.stats.sheet.zones", locale));
                String[] cols = {"needs.stats.zone", "needs.stats.raised", "needs.stats.solved", "needs.stats.open",
                        "needs.stats.overdue", "needs.stats.escalated", "needs.stats.averageHours",
                        "needs.stats.medianHours", "needs.stats.rated", "needs.stats.averageRating"};
                Row zh = z.createRow(0);
                for (int i = 0; i < cols.length; i++) {
                    cell(zh, i, msg(cols[i], locale), header);
                }
                int zr = 1;
                for (CaseStatistics.ZoneRow row : v.zones()) {
                    Row x = z.createRow(zr++);
                    var f = row.figures();
                    x.createCell(0).setCellValue(row.zoneName());
                    x.createCell(1).setCellValue(f.raised());
                    x.createCell(2).setCellValue(f.solved());
                    x.createCell(3).setCellValue(f.open());
                    x.createCell(4).setCellValue(f.overdue());
                    x.createCell(5).setCellValue(f.escalated());
                    if (row.averageHours() != null) {
                        x.createCell(6).setCellValue(row.averageHours());
                        x.createCell(7).setCellValue(row.medianHours());
                    }
                    x.createCell(8).setCellValue(f.rated());
                    if (f.averageSatisfaction() != null) {
                        x.createCell(9).setCellValue(f.averageSatisfaction());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        var c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static Long zoneOf(GxqUser user) {
        return user.scope().isMinistry() ? null : user.scope().zoneId();
    }

    /** The period typed (Asia/Shanghai days); default the last 30 days through today; bad input: the default. */
    private LocalDate[] period(String from, String to, List<FieldProblem> problems) {
        LocalDate today = LocalDate.now(cases.clock());
        LocalDate f = date("from", from, problems);
        LocalDate t = date("to", to, problems);
        if (t == null) {
            t = today;
        }
        if (f == null) {
            f = t.minusDays(29).isBefore(CaseStatistics.EARLIEST) ? CaseStatistics.EARLIEST : t.minusDays(29);
        }
        if (f.isAfter(t)) {
            problems.add(new FieldProblem("from", "needs.stats.fromAfterTo", f.toString(), t.toString()));
        }
        if (!problems.isEmpty()) {
            return new LocalDate[] {today.minusDays(29), today};
        }
        return new LocalDate[] {f, t};
    }

    private static LocalDate date(String field, String typed, List<FieldProblem> problems) {
        String t = CaseService.clean(typed);
        if (t == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "needs.stats.badDate", CaseService.cut(t, 40)));
            return null;
        }
        if (d.isBefore(CaseStatistics.EARLIEST) || d.isAfter(CaseStatistics.LATEST)) {
            problems.add(new FieldProblem(field, "needs.stats.dateRange", t, CaseStatistics.EARLIEST.toString(),
                    CaseStatistics.LATEST.toString()));
            return null;
        }
        return d;
    }

    private static <E extends Enum<E>> E filter(Class<E> type, String typed, String field, List<FieldProblem> problems) {
        String t = CaseService.clean(typed);
        if (t == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "needs.queue.badFilter", CaseService.cut(t, 40)));
            return null;
        }
    }

    private void errors(List<FieldProblem> problems, Model model, Locale locale, HttpServletResponse response) {
        if (!problems.isEmpty()) {
            response.setStatus(422);
            Map<String, String> byField = new LinkedHashMap<>();
            List<String> all = new ArrayList<>();
            for (FieldProblem p : problems) {
                String m = messages.getMessage(p.key(), p.args(), p.key(), locale);
                byField.putIfAbsent(p.field(), m);
                all.add(m);
            }
            model.addAttribute("errors", byField);
            model.addAttribute("errorList", all);
        }
        CaseController.none(model);
    }

    private static void filters(Model model, String state, String category, String urgency, String overdue,
            String mine, String zone) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("state", state);
        f.put("category", category);
        f.put("urgency", urgency);
        f.put("overdue", overdue);
        f.put("mine", mine);
        f.put("zone", zone);
        model.addAttribute("filters", f);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("categories", NeedCategory.values());
        model.addAttribute("urgencies", Urgency.values());
    }
}
