package gxq.exchange.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;
import gxq.common.files.Upload;
import gxq.common.files.Uploads;
import gxq.common.web.ConflictException;
import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;

/**
 * Notices: the ministry's list, form, sending, withdrawal and receipts; the zone roles' inbox and reading. Bad input
 * re-renders with 422 and what was typed; a notice no longer in the state for the action, or changed meanwhile, 409.
 */
@Controller
@RequestMapping("/notices")
@PreAuthorize(NoticeController.READERS)
class NoticeController {

    static final String READERS = "hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')";
    static final String MINISTRY = "hasRole('MINISTRY_ADMIN')";
    static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";

    private final NoticeService notices;
    private final NoticeWorkbook workbook;
    private final MessageSource messages;

    NoticeController(NoticeService notices, NoticeWorkbook workbook, MessageSource messages) {
        this.notices = notices;
        this.workbook = workbook;
        this.messages = messages;
    }

    /** The ministry's notices (drafts first) or a zone user's inbox (unread first). */
    @GetMapping
    @PreAuthorize(READERS)
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String status, @RequestParam(required = false) String unread, Model model) {
        if (user.scope().isMinistry()) {
            NoticeState state = null;
            for (NoticeState s : NoticeState.values()) {
                if (s.name().equals(status)) {
                    state = s;
                }
            }
            model.addAttribute("list", notices.ministryList(user, state, Paging.page(page)));
            model.addAttribute("states", NoticeState.values());
            model.addAttribute("status", state == null ? "" : state.name());
            return "notice/manage";
        }
        boolean unreadOnly = "1".equals(unread);
        model.addAttribute("list", notices.inbox(user, unreadOnly, Paging.page(page)));
        model.addAttribute("counts", notices.unread(user));
        model.addAttribute("unreadOnly", unreadOnly);
        return "notice/inbox";
    }

    @GetMapping("/new")
    @PreAuthorize(MINISTRY)
    String newNotice(Model model) {
        return form(null, new NoticeService.Form(null, null, Importance.NORMAL.name(), null, Audience.Kind.ZONES.name(),
                List.of(), List.of(), null), List.of(), model);
    }

    @PostMapping
    @PreAuthorize(MINISTRY)
    String create(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, @RequestParam(required = false) String importance,
            @RequestParam(required = false) String readBy, @RequestParam(required = false) String audience,
            @RequestParam(name = "zones", required = false) List<String> zones,
            @RequestParam(name = "provinces", required = false) List<String> provinces,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        NoticeService.Form form = new NoticeService.Form(title, body, importance, readBy, audience, zones, provinces,
                null);
        try {
            long id = notices.create(user, form, uploads(files));
            redirect.addFlashAttribute("flash", "notice.saved");
            return "redirect:/notices/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
        }
        return form(null, form, List.of(), model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    String detail(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return show(user, id, Map.of(), model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MINISTRY)
    String edit(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        NoticeService.View v = notices.open(user, id);
        if (!v.mayEdit()) {
            throw new ConflictException("notice.alreadySent");
        }
        return form(id, NoticeService.Form.of(v.notice(), v.targets().stream().map(z -> z.id()).toList()), v.files(),
                model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(MINISTRY)
    String update(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String title, @RequestParam(required = false) String body,
            @RequestParam(required = false) String importance, @RequestParam(required = false) String readBy,
            @RequestParam(required = false) String audience, @RequestParam(required = false) String version,
            @RequestParam(name = "zones", required = false) List<String> zones,
            @RequestParam(name = "provinces", required = false) List<String> provinces,
            @RequestParam(name = "removeFile", required = false) List<Long> removeFile,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        NoticeService.Form form = new NoticeService.Form(title, body, importance, readBy, audience, zones, provinces,
                version);
        try {
            notices.update(user, id, form, uploads(files), removeFile == null ? List.of() : removeFile);
            redirect.addFlashAttribute("flash", "notice.saved");
            return "redirect:/notices/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
        } catch (NoticeRefused e) {
            response.setStatus(409);
            errors(model, List.of(new FieldProblem(null, e.key())), locale);
        }
        NoticeService.View v = notices.open(user, id);
        return form(id, form, v.files(), model);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize(MINISTRY)
    String send(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "send", Map.of(), () -> notices.send(user, id, version), response, model, locale, redirect);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(MINISTRY)
    String withdraw(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String reason,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("reason", reason);
        return act(user, id, "withdraw", typed, () -> notices.withdraw(user, id, version, reason), response, model,
                locale, redirect);
    }

    @PostMapping("/{id}/ack")
    @PreAuthorize(ZONE)
    String acknowledge(@AuthenticationPrincipal GxqUser user, @PathVariable long id, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "ack", Map.of(), () -> notices.acknowledge(user, id), response, model, locale, redirect);
    }

    @GetMapping("/{id}/receipts")
    @PreAuthorize(MINISTRY)
    String receipts(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String unread, Model model) {
        model.addAttribute("r", notices.receipts(user, id, "1".equals(unread)));
        return "notice/receipts";
    }

    @GetMapping("/{id}/receipts.xlsx")
    @PreAuthorize(MINISTRY)
    ResponseEntity<byte[]> export(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String unread, Locale locale) {
        NoticeService.Receipts r = notices.receipts(user, id, "1".equals(unread));
        byte[] bytes = workbook.receipts(r, locale);
        notices.exported(user, id, r.lines().size());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("notice-" + id + "-receipts.xlsx").build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate()).body(bytes);
    }

    @GetMapping("/files/{fileId}")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> file(@AuthenticationPrincipal GxqUser user, @PathVariable long fileId) {
        NoticeService.FileContent content = notices.file(user, fileId);
        NoticeFile f = content.file();
        return Uploads.download(f.fileName(), f.contentType(), content.bytes());
    }

    private String act(GxqUser user, long id, String action, Map<String, String> typed, Runnable change,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            model.addAttribute("failedAction", action);
            return show(user, id, typed, model);
        } catch (NoticeRefused e) {
            response.setStatus(409);
            errors(model, List.of(new FieldProblem(null, e.key())), locale);
            model.addAttribute("failedAction", action);
            return show(user, id, typed, model);
        }
        redirect.addFlashAttribute("flash", "notice.done." + action);
        return "redirect:/notices/" + id;
    }

    private String show(GxqUser user, long id, Map<String, String> typed, Model model) {
        model.addAttribute("v", notices.open(user, id));
        model.addAttribute("n", ((NoticeService.View) model.getAttribute("v")).notice());
        model.addAttribute("typed", typed);
        none(model);
        return "notice/detail";
    }

    private String form(Long id, NoticeService.Form form, List<NoticeFile> files, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("files", files);
        model.addAttribute("importances", Importance.values());
        model.addAttribute("zones", notices.allZones());
        model.addAttribute("provinces", notices.provinces());
        model.addAttribute("maxFileMb", NoticeService.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("today", notices.today().toString());
        none(model);
        return "notice/form";
    }

    private void errors(Model model, List<FieldProblem> problems, Locale locale) {
        FormErrors.put(model, problems, messages, locale);
    }

    private static void none(Model model) {
        FormErrors.none(model);
    }

    /** The files sent; a file over the limit is not read (the service refuses it), empty file inputs are skipped. */
    static List<Upload> uploads(List<MultipartFile> files) {
        return Uploads.read(files, NoticeService.MAX_FILES, NoticeService.MAX_FILE_BYTES);
    }
}
