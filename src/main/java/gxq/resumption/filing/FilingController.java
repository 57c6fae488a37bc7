package gxq.resumption.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import gxq.account.GxqUser;
import gxq.common.files.Uploads;
import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;
import gxq.common.web.InvalidInput;
import gxq.resumption.internal.EditConflict;

/** The enterprise admin's filing to resume work, and the evidence files for the enterprise and its zone. */
@Controller
@RequestMapping("/resumption/filing")
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class FilingController {

    /** Bounds what one request may carry, whatever the checklist: answers and files. */
    private static final int MAX_KEYS = 500;

    private final FilingService filings;
    private final MessageSource messages;

    FilingController(FilingService filings, MessageSource messages) {
        this.filings = filings;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String page(@AuthenticationPrincipal GxqUser user, Model model) {
        FilingService.EnterprisePage page = filings.enterprisePage(user.scope());
        FilingForm form = page.editable() ? FilingForm.of(page.filing(), page.formAnswers(),
                filings.contactPhone(page.filing())) : new FilingForm();
        return show(page, form, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String save(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") FilingForm form,
            @RequestParam(required = false) String action, @RequestParam(required = false) List<String> detach,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        readAnswers(request, form);
        if (detach != null) {
            detach.stream().limit(MAX_KEYS).filter(d -> d != null && d.strip().matches("\\d{1,18}"))
                    .forEach(d -> form.detach().add(Long.parseLong(d.strip())));
        }
        boolean submit = "submit".equals(action);
        List<FieldProblem> missing;
        try {
            missing = filings.save(user, form, uploads(request), submit);
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return show(filings.enterprisePage(user.scope()), form, model);
        } catch (EditConflict e) {
            return conflict(user, form, model, locale, response, "resumption.filing.conflict");
        } catch (FilingRefused e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, e.key(), e.args())), messages, locale);
            return show(filings.enterprisePage(user.scope()), form, model);
        }
        if (!missing.isEmpty()) {
            // the draft was saved; the form shows what was typed with the saved version
            response.setStatus(422);
            FormErrors.put(model, missing, messages, locale);
            FilingService.EnterprisePage page = filings.enterprisePage(user.scope());
            form.setVersion(page.filing() == null ? null : String.valueOf(page.filing().version()));
            model.addAttribute("draftSaved", true);
            return show(page, form, model);
        }
        redirect.addFlashAttribute("flash", submit ? "resumption.filing.submitted" : "resumption.filing.saved");
        return "redirect:/resumption/filing";
    }

    @GetMapping("/attachments/{id}")
    @PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal GxqUser user, @PathVariable long id) {
        FilingService.FileContent file = filings.file(user.scope(), id);
        Attachment a = file.attachment();
        return Uploads.download(a.fileName(), a.contentType(), file.bytes());
    }

    private String conflict(GxqUser user, FilingForm form, Model model, Locale locale, HttpServletResponse response,
            String key) {
        response.setStatus(409);
        FormErrors.put(model, List.of(new FieldProblem(null, key)), messages, locale);
        FilingService.EnterprisePage page = filings.enterprisePage(user.scope());
        form.setVersion(page.editable() ? String.valueOf(page.filing().version()) : null);
        return show(page, form, model);
    }

    private String show(FilingService.EnterprisePage page, FilingForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("maxFileMb", FilingRules.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("maxFiles", FilingRules.MAX_FILES_PER_ITEM);
        FormErrors.none(model);
        return "resumption/filing/enterprise";
    }

    /** {@code answer.<item>}, {@code note.<item>}, {@code evidence.<item>} into the form. */
    static void readAnswers(HttpServletRequest request, FilingForm form) {
        int n = 0;
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            if (dot < 0 || e.getValue().length == 0 || !key.substring(dot + 1).matches("\\d{1,18}") || ++n > MAX_KEYS) {
                continue;
            }
            long item = Long.parseLong(key.substring(dot + 1));
            String value = e.getValue()[0];
            switch (key.substring(0, dot)) {
                case "answer" -> form.answers().computeIfAbsent(item, k -> new FilingForm.AnswerInput()).setAnswer(value);
                case "note" -> form.answers().computeIfAbsent(item, k -> new FilingForm.AnswerInput()).setNote(value);
                case "evidence" -> form.answers().computeIfAbsent(item, k -> new FilingForm.AnswerInput())
                        .setEvidence(value);
                default -> { }
            }
        }
    }

    /** The files sent as {@code files.<item>}; a file over the limit is not read (the service refuses it). */
    static List<Upload> uploads(HttpServletRequest request) {
        List<Upload> list = new ArrayList<>();
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return list;
        }
        for (Map.Entry<String, List<MultipartFile>> e : multipart.getMultiFileMap().entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("files.") || !key.substring(6).matches("\\d{1,18}")) {
                continue;
            }
            long item = Long.parseLong(key.substring(6));
            for (MultipartFile f : e.getValue()) {
                if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                    continue;
                }
                if (list.size() >= MAX_KEYS) {
                    return list;
                }
                try {
                    byte[] bytes = f.getSize() > FilingRules.MAX_FILE_BYTES ? null : f.getBytes();
                    list.add(new Upload(item, f.getOriginalFilename(), f.getSize(), bytes));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        return list;
    }
}
