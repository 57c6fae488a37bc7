package gxq.exchange.help;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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

import gxq.account.GxqUser;
import gxq.common.web.FieldProblem;
import gxq.common.web.FormErrors;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;
import gxq.exchange.internal.Forms;
import gxq.exchange.internal.Refused;

/**
 * Help requests between zones: the list (with the ministry's national overview), posting a request, one request with
 * its offers and the decisions. Bad input re-renders with 422 and what was typed; a stale version, a closed request or
 * the zone's own request answers 409; a request the caller may not read answers 404.
 */
@Controller
@RequestMapping("/exchange/help")
@PreAuthorize(HelpController.READERS)
class HelpController {

    static final String READERS = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')";
    static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";

    private final HelpService help;
    private final MessageSource messages;

    HelpController(HelpService help, MessageSource messages) {
        this.help = help;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(READERS)
    String list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String category,
            @RequestParam(required = false) String state, @RequestParam(required = false) String mine,
            @RequestParam(defaultValue = "0") int page, Model model) {
        HelpService.Filters filters = new HelpService.Filters(category, state, mine);
        model.addAttribute("filters", filters);
        model.addAttribute("list", help.list(user, filters, Paging.page(page)));
        model.addAttribute("categories", HelpCategory.values());
        model.addAttribute("states", RequestState.values());
        if (user.scope().isMinistry()) {
            model.addAttribute("overview", help.overview(user.scope()));
        }
        return "exchange/help-list";
    }

    @GetMapping("/new")
    @PreAuthorize(ZONE)
    String newRequest(Model model) {
        return form(HelpService.RequestForm.empty(), model);
    }

    @PostMapping
    @PreAuthorize(ZONE)
    String post(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String category,
            @RequestParam(required = false) String title, @RequestParam(required = false) String details,
            @RequestParam(required = false) String quantity, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String neededBy, @RequestParam(required = false) String contactName,
            @RequestParam(required = false) String contactPhone, HttpServletResponse response, Model model,
            Locale locale, RedirectAttributes redirect) {
        HelpService.RequestForm form = new HelpService.RequestForm(category, title, details, quantity, unit, neededBy,
                contactName, contactPhone);
        try {
            long id = help.post(user, form);
            redirect.addFlashAttribute("flash", "exchange.help.done.post");
            return "redirect:/exchange/help/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
        }
        return form(form, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    String detail(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return show(user, id, Map.of(), model);
    }

    @PostMapping("/{id}/offers")
    @PreAuthorize(ZONE)
    String offer(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String quantity, @RequestParam(required = false) String message,
            @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        return act(user, id, "offer", typed("quantity", quantity, "message", message, "contactName", contactName,
                "contactPhone", contactPhone),
                () -> help.offer(user, id, new HelpService.OfferForm(quantity, message, contactName, contactPhone)),
                response, model, locale, redirect);
    }

    @PostMapping("/{id}/offers/{offerId}/accept")
    @PreAuthorize(ZONE)
    String accept(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @PathVariable long offerId,
            @RequestParam(required = false) String version, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "accept", Map.of(), () -> help.decide(user, id, offerId, version, true), response, model,
                locale, redirect);
    }

    @PostMapping("/{id}/offers/{offerId}/decline")
    @PreAuthorize(ZONE)
    String decline(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @PathVariable long offerId,
            @RequestParam(required = false) String version, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "decline", Map.of(), () -> help.decide(user, id, offerId, version, false), response, model,
                locale, redirect);
    }

    @PostMapping("/{id}/met")
    @PreAuthorize(ZONE)
    String met(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "met", Map.of(), () -> help.finish(user, id, version, true), response, model, locale,
                redirect);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(ZONE)
    String close(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(user, id, "close", Map.of(), () -> help.finish(user, id, version, false), response, model, locale,
                redirect);
    }

    private String act(GxqUser user, long id, String action, Map<String, String> typed, Runnable change,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
        } catch (InvalidInput e) {
            response.setStatus(422);
            errors(model, e.problems(), locale);
            return show(user, id, typed, model);
        } catch (Refused e) {
            response.setStatus(409);
            errors(model, List.of(new FieldProblem(null, e.key(), e.args())), locale);
            return show(user, id, typed, model);
        }
        redirect.addFlashAttribute("flash", "exchange.help.done." + action);
        return "redirect:/exchange/help/" + id;
    }

    private String show(GxqUser user, long id, Map<String, String> typed, Model model) {
        HelpService.Detail d = help.detail(user, id);
        model.addAttribute("d", d);
        model.addAttribute("r", d.request());
        model.addAttribute("typed", typed);
        none(model);
        return "exchange/help-request";
    }

    private String form(HelpService.RequestForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", HelpCategory.values());
        model.addAttribute("today", help.today().toString());
        none(model);
        return "exchange/help-new";
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
