package gxq.exchange.practice;

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
import gxq.exchange.internal.Forms;
import gxq.exchange.internal.Refused;
import gxq.org.ZoneSummary;
import gxq.org.Zones;

/**
 * Pages of shared good practices and tools: search, the zone's own items, writing and editing a draft, one item with
 * its comments and adoptions. Bad input re-renders with 422 and what was typed; a stale version or a state that moved
 * on answers 409; an item the caller may not read answers 404.
 */
@Controller
@RequestMapping("/exchange")
@PreAuthorize(ItemController.READERS)
class ItemController {

    static final String READERS = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')";
    static final String AUTHORS = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";

    private final ItemService items;
    private final Zones zones;
    private final MessageSource messages;

    ItemController(ItemService items, Zones zones, MessageSource messages) {
        this.items = items;
        this.zones = zones;
        this.messages = messages;
    }

    @GetMapping("/items")
    @PreAuthorize(READERS)
    String search(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String province, @RequestParam(required = false) String adopted,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ItemService.Query query = new ItemService.Query(q, kind, topic, province, adopted);
        model.addAttribute("query", query);
        model.addAttribute("list", items.search(user, query, Paging.page(page)));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("topics", Topic.values());
        Map<String, String> provinces = new LinkedHashMap<>();
        for (ZoneSummary z : zones.all()) {
            provinces.putIfAbsent(z.provinceCode(), z.provinceName());
        }
        model.addAttribute("provinces", provinces);
        model.addAttribute("zoneUser", user.scope().isZoneLevel());
        return "exchange/items";
    }

    @GetMapping("/items/mine")
    @PreAuthorize(AUTHORS)
    String mine(@AuthenticationPrincipal GxqUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", items.mine(user, Paging.page(page)));
        return "exchange/mine";
    }

    @GetMapping("/items/new")
    @PreAuthorize(AUTHORS)
    String newItem(@RequestParam(required = false) String kind, Model model) {
        ItemService.ItemForm empty = ItemService.ItemForm.empty();
        if ("TOOL".equals(kind)) {
            empty = new ItemService.ItemForm("TOOL", null, null, null, List.of(), null, null, null, null);
        }
        return form(empty, null, null, model);
    }

    @PostMapping("/items")
    @PreAuthorize(AUTHORS)
    String create(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String body, @RequestParam(required = false) List<String> topics,
            @RequestParam(required = false) String link, @RequestParam(required = false) String providerName,
            @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
            @RequestParam(required = false) String action,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        ItemService.ItemForm form = new ItemService.ItemForm(kind, title, summary, body, topics, link, providerName,
                contactName, contactPhone);
        boolean publish = "publish".equals(action);
        try {
            long id = items.create(user, form, uploads(files), publish);
            redirect.addFlashAttribute("flash", publish ? "exchange.done.publish" : "exchange.done.draft");
            return "redirect:/exchange/items/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
        }
        return form(form, null, null, model);
    }

    @GetMapping("/items/{id}/edit")
    @PreAuthorize(AUTHORS)
    String edit(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        ItemService.Detail d = items.detail(user, id);
        if (!d.mayEdit()) {
            return "redirect:/exchange/items/" + id;
        }
        return form(items.editForm(user, id), id, String.valueOf(d.item().version()), model);
    }

    @PostMapping("/items/{id}")
    @PreAuthorize(AUTHORS)
    String update(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String body, @RequestParam(required = false) List<String> topics,
            @RequestParam(required = false) String link, @RequestParam(required = false) String providerName,
            @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
            @RequestParam(required = false) String action,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        ItemService.ItemForm form = new ItemService.ItemForm(kind, title, summary, body, topics, link, providerName,
                contactName, contactPhone);
        boolean publish = "publish".equals(action);
        try {
            items.edit(user, id, version, form, uploads(files), publish);
            redirect.addFlashAttribute("flash", publish ? "exchange.done.publish" : "exchange.done.draft");
            return "redirect:/exchange/items/" + id;
        } catch (InvalidInput e) {
            // the version as sent: a form that was stale stays stale (409 on the next try, not a silent overwrite)
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return form(form, id, version, model);
        } catch (Refused e) {
            response.setStatus(409);
            errors(model, List.of(new FieldProblem(null, e.key(), e.args())), locale);
        }
        ItemService.Detail d = items.detail(user, id);
        return form(form, id, String.valueOf(d.item().version()), model);
    }

    @GetMapping("/files/{fileId}")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> file(@AuthenticationPrincipal GxqUser user, @PathVariable long fileId) {
        ItemService.FileContent content = items.file(user.scope(), fileId);
        ItemFile f = content.file();
        return Uploads.download(f.fileName(), f.contentType(), content.bytes());
    }

    @PostMapping("/files/{fileId}/delete")
    @PreAuthorize(AUTHORS)
    String deleteFile(@AuthenticationPrincipal GxqUser user, @PathVariable long fileId, RedirectAttributes redirect) {
        long item;
        try {
            item = items.deleteFile(user, fileId);
        } catch (Refused e) {
            throw new gxq.common.web.ConflictException(e.key());
        }
        redirect.addFlashAttribute("flash", "exchange.done.deleteFile");
        return "redirect:/exchange/items/" + item + "/edit";
    }

    @GetMapping("/items/{id}")
    @PreAuthorize(READERS)
    String detail(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return show(items.detail(user, id), null, Map.of(), model);
    }

    @PostMapping("/items/{id}/contact")
    @PreAuthorize(READERS)
    String contact(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return show(items.revealContact(user, id), null, Map.of(), model);
    }

    @PostMapping("/items/{id}/publish")
    @PreAuthorize(AUTHORS)
    String publish(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "publish", Map.of(), () -> items.publish(user, id, version), response, model, locale,
                redirect);
    }

    @PostMapping("/items/{id}/withdraw")
    @PreAuthorize(AUTHORS)
    String withdraw(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, @RequestParam(required = false) String reason,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "withdraw", typed("reason", reason), () -> items.withdraw(user, id, version, reason),
                response, model, locale, redirect);
    }

    @PostMapping("/items/{id}/comments")
    @PreAuthorize(READERS)
    String comment(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String comment, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "comment", typed("comment", comment), () -> items.comment(user, id, comment), response,
                model, locale, redirect);
    }

    @PostMapping("/comments/{commentId}/delete")
    @PreAuthorize(READERS)
    String deleteComment(@AuthenticationPrincipal GxqUser user, @PathVariable long commentId,
            RedirectAttributes redirect) {
        long item = items.deleteComment(user, commentId);
        redirect.addFlashAttribute("flash", "exchange.done.deleteComment");
        return "redirect:/exchange/items/" + item;
    }

    @PostMapping("/items/{id}/adopt")
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String adopt(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String note, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "adopt", typed("note", note), () -> items.adopt(user, id, note), response, model, locale,
                redirect);
    }

    @PostMapping("/items/{id}/unadopt")
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    String unadopt(@AuthenticationPrincipal GxqUser user, @PathVariable long id, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "unadopt", Map.of(), () -> items.unadopt(user, id), response, model, locale, redirect);
    }

    private String act(GxqUser user, long id, String action, Map<String, String> typed, Runnable change,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return show(items.detail(user, id), action, typed, model);
        } catch (Refused e) {
            response.setStatus(409);
            errors(model, List.of(new FieldProblem(null, e.key(), e.args())), locale);
            return show(items.detail(user, id), action, typed, model);
        }
        redirect.addFlashAttribute("flash", "exchange.done." + action);
        return "redirect:/exchange/items/" + id;
    }

    private String show(ItemService.Detail d, String action, Map<String, String> typed, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("i", d.item());
        model.addAttribute("failedAction", action);
        model.addAttribute("typed", typed);
        none(model);
        return "exchange/item";
    }

    private String form(ItemService.ItemForm form, Long id, String version, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("itemId", id);
        model.addAttribute("version", version);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("files", id == null ? List.of() : items.files(id));
        model.addAttribute("maxFileMb", ItemService.MAX_FILE_BYTES / (1024 * 1024));
        none(model);
        return "exchange/form";
    }

    /** The files sent; a file over the limit is not read (the service refuses it), empty file inputs are skipped. */
    static List<Upload> uploads(List<MultipartFile> files) {
        return Uploads.read(files, ItemService.MAX_FILES, ItemService.MAX_FILE_BYTES);
    }

    private static Map<String, String> typed(String... pairs) {
        return Forms.typed(pairs);
    }

    private void errors(Model model, List<FieldProblem> problems, Locale locale) {
        FormErrors.put(model, problems, messages, locale);
    }

    private static void none(Model model) {
        FormErrors.none(model);
    }
}
