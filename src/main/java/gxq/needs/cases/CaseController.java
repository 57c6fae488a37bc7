package gxq.needs.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;
import gxq.needs.NeedCategory;

/**
 * The enterprise's cases (list, new case), one case with its thread and the actions its parties may take, and the
 * case files. Bad input re-renders with 422 and what was typed; a stale version or a state that moved on answers 409.
 */
@Controller
@RequestMapping("/needs")
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')")
class CaseController {

    static final String PARTIES = "hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')";
    static final String RAISERS = "hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')";
    static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";

    private final CaseService cases;
    private final MessageSource messages;

    CaseController(CaseService cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String own(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", cases.own(user.scope(), Paging.page(page)));
        return "needs/own";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String newCase(Model model) {
        return form(new CaseService.RaiseForm(null, "NORMAL", null, null), model);
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String raise(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String category,
            @RequestParam(required = false) String urgency, @RequestParam(required = false) String title,
            @RequestParam(required = false) String details,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        CaseService.RaiseForm form = new CaseService.RaiseForm(category, urgency, title, details);
        try {
            long id = cases.raise(user, form, uploads(files));
            redirect.addFlashAttribute("flash", "needs.raised");
            return "redirect:/needs/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
        } catch (CaseRefused e) {
            response.setStatus(409);
            errors(model, List.of(new FieldProblem(null, e.key(), e.args())), locale);
        }
        return form(form, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(PARTIES)
    String detail(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return show(user, id, null, Map.of(), model);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(ZONE)
    String accept(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String department,
            @RequestParam(required = false) String assignee, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "accept", typed("department", department, "assignee", assignee),
                () -> cases.accept(user, id, version, department, assignee), response, model, locale, redirect);
    }

    @PostMapping("/{id}/solve")
    @PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')")
    String solve(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String solution,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "solve", typed("solution", solution),
                () -> cases.solve(user, id, version, solution, uploads(files)), response, model, locale, redirect);
    }

    @PostMapping("/{id}/escalate")
    @PreAuthorize(ZONE)
    String escalate(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String reason,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "escalate", typed("escalateReason", reason),
                () -> cases.escalate(user, id, version, reason), response, model, locale, redirect);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String returnToZone(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String reason,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "return", typed("returnReason", reason),
                () -> cases.returnToZone(user, id, version, reason), response, model, locale, redirect);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(RAISERS)
    String confirm(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String rating,
            @RequestParam(required = false) String ratingComment, HttpServletResponse response, Model model,
            Locale locale, RedirectAttributes redirect) {
        return act(user, id, "confirm", typed("rating", rating, "ratingComment", ratingComment),
                () -> cases.confirm(user, id, version, rating, ratingComment), response, model, locale, redirect);
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize(RAISERS)
    String reopen(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String reason,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "reopen", typed("reopenReason", reason),
                () -> cases.reopen(user, id, version, reason), response, model, locale, redirect);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(RAISERS)
    String withdraw(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "withdraw", Map.of(), () -> cases.withdraw(user, id, version), response, model, locale,
                redirect);
    }

    @PostMapping("/{id}/reply")
    @PreAuthorize(PARTIES)
    String reply(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "reply", typed("body", body), () -> cases.reply(user, id, body, uploads(files)), response,
                model, locale, redirect);
    }

    @GetMapping("/files/{id}")
    @PreAuthorize(PARTIES)
    ResponseEntity<byte[]> file(@AuthenticationPrincipal GxqUser user, @PathVariable long id) {
        CaseService.FileContent content = cases.file(user.scope(), id);
        CaseFile f = content.file();
        return Uploads.download(f.fileName(), f.contentType(), content.bytes());
    }

    private String act(GxqUser user, long id, String action, Map<String, String> typed, Runnable change,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return show(user, id, action, typed, model);
        } catch (CaseRefused e) {
            response.setStatus(409);
            errors(model, List.of(new FieldProblem(null, e.key(), e.args())), locale);
            return show(user, id, action, typed, model);
        }
        redirect.addFlashAttribute("flash", "needs.done." + action);
        return "redirect:/needs/" + id;
    }

    private String show(GxqUser user, long id, String action, Map<String, String> typed, Model model) {
        CaseService.Detail detail = cases.detail(user.scope(), id);
        model.addAttribute("d", detail);
        model.addAttribute("c", detail.c());
        model.addAttribute("failedAction", action);
        model.addAttribute("typed", typed);
        model.addAttribute("categories", NeedCategory.values());
        model.addAttribute("maxFileMb", CaseService.MAX_FILE_BYTES / (1024 * 1024));
        none(model);
        return "needs/detail";
    }

    private String form(CaseService.RaiseForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", NeedCategory.values());
        model.addAttribute("urgencies", Urgency.values());
        Map<String, Integer> hours = new LinkedHashMap<>();
        cases.deadlineHours().forEach((u, h) -> hours.put(u.name(), h));
        model.addAttribute("deadlineHours", hours);
        model.addAttribute("maxFileMb", CaseService.MAX_FILE_BYTES / (1024 * 1024));
        none(model);
        return "needs/new";
    }

    private static Map<String, String> typed(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    void errors(Model model, List<FieldProblem> problems, Locale locale) {
        FormErrors.put(model, problems, messages, locale);
    }

    static void none(Model model) {
        FormErrors.none(model);
    }

    /** The files sent; a file over the limit is not read (the service refuses it), empty file inputs are skipped. */
    static List<Upload> uploads(List<MultipartFile> files) {
        return Uploads.read(files, CaseService.MAX_FILES, CaseService.MAX_FILE_BYTES);
    }
}
