package gxq.resumption.filing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
import gxq.org.Industry;
import gxq.resumption.internal.EditConflict;
import gxq.resumption.internal.FilingState;

/** The zone's review queue of filings and the review of one filing. */
@Controller
@RequestMapping("/resumption/filings")
@PreAuthorize("hasAnyRole('ZONE_ADMIN','ZONE_STAFF')")
class ReviewController {

    private static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";

    private final FilingService filings;
    private final MessageSource messages;

    ReviewController(FilingService filings, MessageSource messages) {
        this.filings = filings;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(ZONE)
    String queue(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) String state,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        FilingState st = null;
        if (state != null && !state.isBlank()) {
            try {
                st = FilingState.valueOf(state.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("state", "resumption.filing.queue.badState", state));
            }
        }
        String ind = null;
        if (industry != null && !industry.isBlank()) {
            try {
                ind = Industry.valueOf(industry.strip()).name();
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("industry", "resumption.filing.queue.badIndustry", industry));
            }
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        String name = FilingRules.clean(q);
        if (name != null && name.length() > 100) {
            name = name.substring(0, 100);
        }
        if (!problems.isEmpty()) {
            response.setStatus(422);
            FormErrors.put(model, problems, messages, locale);
        }
        FormErrors.none(model);
        boolean recent = "recent".equals(sort);
        int p = Paging.page(page);
        model.addAttribute("queue", filings.queue(user.scope(),
                new FilingStore.Query(st, ind, fromDate, toDate, name, recent), p));
        model.addAttribute("states", FilingState.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("reviewHours", filings.reviewHours());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("state", state);
        filters.put("industry", industry);
        filters.put("from", from);
        filters.put("to", to);
        filters.put("q", q);
        filters.put("sort", recent ? "recent" : "due");
        model.addAttribute("filters", filters);
        return "resumption/filing/queue";
    }

    @GetMapping("/zones")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String zones(@AuthenticationPrincipal GxqUser user, Model model) {
        model.addAttribute("zones", filings.countsByZone(user.scope()));
        model.addAttribute("states", FilingState.values());
        return "resumption/filing/zones";
    }

    @GetMapping("/{id}")
    @PreAuthorize(ZONE)
    String review(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        FormErrors.none(model);
        return show(filings.reviewPage(user.scope(), id), null, Map.of(), model);
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(ZONE)
    String decide(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String version,
            @RequestParam(required = false) String comment, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        Map<Long, String> itemComments = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            String key = e.getKey();
            if (key.startsWith("itemComment.") && key.substring(12).matches("\\d{1,18}") && e.getValue().length > 0
                    && ++n <= 500) {
                itemComments.put(Long.parseLong(key.substring(12)), e.getValue()[0]);
            }
        }
        try {
            filings.decide(user, id, decision, version, comment, itemComments);
        } catch (InvalidInput e) {
            response.setStatus(422);
            FormErrors.put(model, e.problems(), messages, locale);
            return show(filings.reviewPage(user.scope(), id), comment, itemComments, model);
        } catch (EditConflict e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, "resumption.filing.review.conflict")), messages,
                    locale);
            return show(filings.reviewPage(user.scope(), id), comment, itemComments, model);
        } catch (FilingRefused e) {
            response.setStatus(409);
            FormErrors.put(model, List.of(new FieldProblem(null, e.key(), e.args())), messages, locale);
            return show(filings.reviewPage(user.scope(), id), comment, itemComments, model);
        }
        redirect.addFlashAttribute("flash", "resumption.filing.review.done." + decision);
        return "redirect:/resumption/filings/" + id;
    }

    private String show(FilingService.ReviewPage page, String comment, Map<Long, String> itemComments, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("comment", comment);
        model.addAttribute("itemComments", itemComments);
        FormErrors.none(model);
        return "resumption/filing/review";
    }

    private static LocalDate date(String field, String typed, List<FieldProblem> problems) {
        String t = FilingRules.clean(typed);
        if (t == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "resumption.filing.queue.badDate", t));
            return null;
        }
        if (!FilingRules.inRange(date)) {
            problems.add(new FieldProblem(field, "resumption.filing.queue.dateRange", t,
                    FilingRules.EARLIEST.toString(), FilingRules.LATEST.toString()));
            return null;
        }
        return date;
    }
}
