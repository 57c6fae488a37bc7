package gxq.people.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import gxq.account.GxqUser;
import gxq.common.web.ConflictException;

/** Roster import for the enterprise admin: template, upload, report page and report download. */
@Controller
@RequestMapping("/employees")
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class ImportController {

    static final int MAX_LINES = 1000;
    private final ImportService imports;
    private final RosterWorkbooks workbooks;
    private final MessageSource messages;

    ImportController(ImportService imports, RosterWorkbooks workbooks, MessageSource messages) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("员工花名册导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, EmployeeController.XLSX)
                .body(workbooks.template());
    }

    @GetMapping("/import")
    String page(@AuthenticationPrincipal GxqUser user, Model model) {
        model.addAttribute("recent", imports.recent(user));
        model.addAttribute("maxRows", RosterReader.MAX_ROWS);
        return "people/import";
    }

    @PostMapping("/import")
    String upload(@AuthenticationPrincipal GxqUser user, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, Locale locale, HttpServletResponse response) throws IOException {
        String fileName = file == null ? null : file.getOriginalFilename();
        try {
            if (file == null || file.isEmpty()) {
                throw new RosterFileException(RosterReader.FILE_MISSING);
            }
            if (file.getSize() > RosterReader.MAX_BYTES) {
                throw new RosterFileException(RosterReader.FILE_TOO_LARGE, RosterReader.MAX_BYTES / 1024 / 1024);
            }
            RosterReader.Roster roster = imports.read(user, fileName, file.getBytes());
            long id = imports.apply(user, fileName, roster);
            return "redirect:/employees/import/" + id;
        } catch (RosterFileException e) {
            response.setStatus(422);
            model.addAttribute("fileError", messages.getMessage(e.key(), e.args(), e.key(), locale));
            model.addAttribute("fileName", fileName);
            return page(user, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("fileError", messages.getMessage(e.messageKey(), null, e.messageKey(), locale));
            model.addAttribute("fileName", fileName);
            return page(user, model);
        }
    }

    /** One line of the report table, its message already in the reader's language. */
    record Line(int rowNumber, String maskedName, String column, String reason) {
    }

    @GetMapping("/import/{id:\\d+}")
    String report(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Locale locale, Model model) {
        ImportService.Report report = imports.report(user, id);
        List<Line> lines = report.rejections().stream().flatMap(r -> r.lines().stream().map(l -> new Line(l.rowNumber(),
                gxq.common.crypto.Masks.name(RowValidator.text(r.raw().name())),
                (l.columnLetter().isEmpty() ? "" : l.columnLetter() + " · ")
                        + messages.getMessage(l.column().labelKey(), null, locale),
                messages.getMessage(l.key(), l.args(), l.key(), locale)))).toList();
        model.addAttribute("report", report.info());
        model.addAttribute("lines", lines.size() > MAX_LINES ? lines.subList(0, MAX_LINES) : lines);
        model.addAttribute("truncated", lines.size() > MAX_LINES ? MAX_LINES : null);
        model.addAttribute("expired", report.expired());
        return "people/report";
    }

    @GetMapping("/import/{id:\\d+}/report.xlsx")
    void reportFile(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Locale locale,
            HttpServletResponse response) throws IOException {
        ImportService.Report report = imports.report(user, id);
        imports.auditReportDownload(report.info());
        response.setContentType(EmployeeController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.getMessage("people.report.fileName", null, "rejected", locale) + "-" + id + ".xlsx",
                        StandardCharsets.UTF_8).build().toString());
        workbooks.report(report, locale, response.getOutputStream());
    }
}
